// Files dropped on the window: an annotation file (.json, .jsonl) is imported, anything else opened as articles.
// While files are dragged over the window, `dragging` is true and the element shows where to drop them.
import { msg } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { IMPORT_EXTENSIONS } from '../../../shared/article/article-file-rules';
import type { AppCore } from '../app/app-core';
import { readImportFileObject } from '../host/read-file-objects';

export class FileDrop implements ReactiveController {
  dragging = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly core: () => AppCore,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('dragover', this.onDragOver);
    window.addEventListener('dragleave', this.onDragLeave);
    window.addEventListener('drop', this.onDrop);
  }

  hostDisconnected(): void {
    window.removeEventListener('dragover', this.onDragOver);
    window.removeEventListener('dragleave', this.onDragLeave);
    window.removeEventListener('drop', this.onDrop);
  }

  private setDragging(dragging: boolean): void {
    if (this.dragging === dragging) return;
    this.dragging = dragging;
    this.host.requestUpdate();
  }

  private readonly onDragOver = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.setDragging(true);
  };

  private readonly onDragLeave = (event: DragEvent): void => {
    if (event.relatedTarget === null) this.setDragging(false);
  };

  private readonly onDrop = (event: DragEvent): void => {
    event.preventDefault();
    this.setDragging(false);
    const core = this.core();
    const files = [...(event.dataTransfer?.files ?? [])];
    const annotationSet = files.find((file) =>
      IMPORT_EXTENSIONS.some((extension) => file.name.toLowerCase().endsWith(extension)),
    );
    const articles = files.filter((file) => file !== annotationSet);
    if (annotationSet) {
      void readImportFileObject(annotationSet).then(async (read) => {
        if (read.ok) await core.workflows.importFile(read.value);
        else core.notices.report(msg('Nothing was imported'), [read.error]);
      });
    }
    if (articles.length > 0) void core.host.readDroppedFiles(articles).then((opened) => core.workflows.openFiles(opened));
  };
}

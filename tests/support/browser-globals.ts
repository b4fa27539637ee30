// What dexie-export-import (the library's backup) takes from a browser and Node 20 lacks: `self`, and a FileReader
// for the two reads it makes, done here with Blob's own methods. Imported before anything that loads the backup.

class BlobFileReader extends EventTarget {
  result: ArrayBuffer | string | null = null;
  error: unknown = null;
  onload: ((event: { target: BlobFileReader }) => void) | null = null;
  onerror: ((event: { target: BlobFileReader }) => void) | null = null;
  onabort: (() => void) | null = null;

  readAsArrayBuffer(blob: Blob): void {
    this.read(blob.arrayBuffer());
  }

  /** One character per byte, as the browser's binary string is. */
  readAsBinaryString(blob: Blob): void {
    this.read(
      blob.arrayBuffer().then((buffer) => Array.from(new Uint8Array(buffer), (byte) => String.fromCharCode(byte)).join('')),
    );
  }

  private read(reading: Promise<ArrayBuffer | string>): void {
    reading.then(
      (result) => {
        this.result = result;
        this.onload?.({ target: this });
        this.dispatchEvent(new Event('load'));
      },
      (error: unknown) => {
        this.error = error;
        this.onerror?.({ target: this });
        this.dispatchEvent(new Event('error'));
      },
    );
  }
}

const globals = globalThis as { self?: unknown; FileReader?: unknown };
globals.self ??= globalThis;
globals.FileReader ??= BlobFileReader;

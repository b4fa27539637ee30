// The core's way to ask the editor, before the window is there to ask: the core starts, and reads the library, while
// the window's script is still being loaded, so a question asked in that moment (a file opened from the command line
// in an unknown encoding) waits for the window's dialogs instead of failing.
import type { AppDialogs } from './library-workflows';

export class WindowDialogs implements AppDialogs {
  private readonly shown: Promise<AppDialogs>;
  private show!: (dialogs: AppDialogs) => void;

  constructor() {
    this.shown = new Promise((resolve) => {
      this.show = resolve;
    });
  }

  /** The window's dialogs, once it has rendered them: every question asked until now is put to them. */
  attach(dialogs: AppDialogs): void {
    this.show(dialogs);
  }

  async chooseEncoding(...args: Parameters<AppDialogs['chooseEncoding']>): ReturnType<AppDialogs['chooseEncoding']> {
    return (await this.shown).chooseEncoding(...args);
  }

  async chooseExport(...args: Parameters<AppDialogs['chooseExport']>): ReturnType<AppDialogs['chooseExport']> {
    return (await this.shown).chooseExport(...args);
  }

  async confirm(...args: Parameters<AppDialogs['confirm']>): ReturnType<AppDialogs['confirm']> {
    return (await this.shown).confirm(...args);
  }

  async confirmImport(...args: Parameters<AppDialogs['confirmImport']>): ReturnType<AppDialogs['confirmImport']> {
    return (await this.shown).confirmImport(...args);
  }

  async chooseVersion(...args: Parameters<AppDialogs['chooseVersion']>): ReturnType<AppDialogs['chooseVersion']> {
    return (await this.shown).chooseVersion(...args);
  }

  async deskSettings(...args: Parameters<AppDialogs['deskSettings']>): ReturnType<AppDialogs['deskSettings']> {
    return (await this.shown).deskSettings(...args);
  }

  async editTags(...args: Parameters<AppDialogs['editTags']>): ReturnType<AppDialogs['editTags']> {
    return (await this.shown).editTags(...args);
  }
}

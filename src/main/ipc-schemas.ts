// Argument schemas of the IPC channels, one per channel of the contract in src/shared/ipc.ts.
import { msg } from '@lit/localize';
import { z } from 'zod';
import type { IpcInvokeArgs, IpcInvokeChannel } from '../shared/ipc';
import { IpcChannel } from '../shared/ipc';
import { INTERFACE_LANGUAGES } from '../shared/i18n/localization';

/** Generous for any real export, small enough that a broken renderer cannot exhaust main's memory. */
export const MAX_SAVED_FILE_BYTES = 1024 * 1024 * 1024;

export const openArticleFilesArgs = z.tuple([]);

export const openImportFileArgs = z.tuple([]);

export const saveFileArgs = z.tuple([
  z.strictObject({
    suggestedName: z
      .string()
      .min(1)
      .max(255)
      .refine((name) => !/[/\\\0]/.test(name), { error: () => msg('must be a file name, not a path') }),
    bytes: z
      .instanceof(Uint8Array)
      .refine((bytes) => bytes.byteLength <= MAX_SAVED_FILE_BYTES, { error: () => msg('is too large to save') }),
  }),
]);

/** An absolute path, as main handed it to the window; whether main handed it is checked by the handler. */
export const watchArticleFileArgs = z.tuple([z.string().min(1).max(4096).nullable()]);

export const setInterfaceLanguageArgs = z.tuple([z.enum(INTERFACE_LANGUAGES)]);

/** A desk's database: an http(s) address, as the sync's settings check it. */
const deskUrl = z.url({ protocol: /^https?$/ }).max(2048);
const deskUserName = z.string().min(1).max(256);

export const readDeskPasswordArgs = z.tuple([deskUrl, deskUserName]);

export const saveDeskPasswordArgs = z.tuple([deskUrl, deskUserName, z.string().min(1).max(1024)]);

/** The schema of each channel: a channel missing here, or one whose schema parses to other arguments, does not compile. */
export const ipcArguments: { readonly [Channel in IpcInvokeChannel]: z.ZodType<IpcInvokeArgs<Channel>> } = {
  [IpcChannel.openArticleFiles]: openArticleFilesArgs,
  [IpcChannel.saveFile]: saveFileArgs,
  [IpcChannel.openImportFile]: openImportFileArgs,
  [IpcChannel.watchArticleFile]: watchArticleFileArgs,
  [IpcChannel.setInterfaceLanguage]: setInterfaceLanguageArgs,
  [IpcChannel.readDeskPassword]: readDeskPasswordArgs,
  [IpcChannel.saveDeskPassword]: saveDeskPasswordArgs,
};

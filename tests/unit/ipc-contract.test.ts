// The IPC contract holds on both sides: every invoke channel has an argument schema in main, main's handlers must
// answer with the value the preload's API promises, and events carry their channel's payload. The type checks below
// are compile errors when broken (npm run typecheck type-checks the tests too).
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as IpcHandle from '../../src/main/ipc-handle';
import { ipcArguments } from '../../src/main/ipc-schemas';
import type { ArticleFile, IpcInvokeResult, NewsroomApi, OpenedFiles, SaveFileRequest } from '../../src/shared/ipc';
import { IpcChannel, IpcEvent } from '../../src/shared/ipc';
import type { Result } from '../../src/shared/result';
import { ok } from '../../src/shared/result';

type HandlerOf<Channel extends keyof typeof ipcArguments> = Parameters<typeof IpcHandle.handle<Channel>>[3];

describe('the IPC contract', () => {
  it('gives every invoke channel an argument schema in main', () => {
    expect(Object.keys(ipcArguments).sort()).toEqual(Object.values(IpcChannel).sort());
    expect(ipcArguments[IpcChannel.openArticleFiles].safeParse([]).success).toBe(true);
    expect(ipcArguments[IpcChannel.saveFile].safeParse([{ suggestedName: 'a.json', bytes: new Uint8Array() }]).success).toBe(
      true,
    );
  });

  it('types main’s answers as the preload’s API returns them', () => {
    expectTypeOf<ReturnType<NewsroomApi['openArticleFiles']>>().toEqualTypeOf<Promise<Result<OpenedFiles | null>>>();
    expectTypeOf<ReturnType<NewsroomApi['openImportFile']>>().toEqualTypeOf<Promise<Result<ArticleFile | null>>>();
    expectTypeOf<Parameters<NewsroomApi['saveFile']>>().toEqualTypeOf<[request: SaveFileRequest]>();
    expectTypeOf<ReturnType<HandlerOf<typeof IpcChannel.saveFile>>>().toEqualTypeOf<
      Promise<IpcInvokeResult<typeof IpcChannel.saveFile>>
    >();

    // A handler answering a save with what an open answers does not compile.
    // @ts-expect-error the save channel answers with the path written, not opened files
    const wrongAnswer: HandlerOf<typeof IpcChannel.saveFile> = () => Promise.resolve(ok({ files: [], problems: [] }));
    // Nor does one that takes arguments its channel does not carry.
    // @ts-expect-error the open channel takes no request
    const wrongArguments: HandlerOf<typeof IpcChannel.openArticleFiles> = ([request]: [SaveFileRequest]) =>
      Promise.resolve(ok(request.suggestedName));
    expect([wrongAnswer, wrongArguments]).toHaveLength(2);
  });

  it('types each event’s payload by its channel', () => {
    type Send = typeof IpcHandle.sendEvent;
    expectTypeOf<Parameters<Send>[1]>().toEqualTypeOf<(typeof IpcEvent)[keyof typeof IpcEvent]>();
    expectTypeOf<Parameters<typeof IpcHandle.sendEvent<typeof IpcEvent.menuCommand>>[2]>().toEqualTypeOf<
      'open' | 'import' | 'export' | 'undo' | 'redo'
    >();
  });
});

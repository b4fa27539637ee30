import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, describe, expect, it } from 'vitest';
import { useInterfaceLanguage } from '../../src/shared/i18n/localization';
import type { MenuCommand } from '../../src/shared/ipc';
import { applicationMenuTemplate } from '../../src/main/menu';

describe('application menu', () => {
  it('offers File > Open, Import annotations, Export annotations and Quit, each doing its work', () => {
    const sent: MenuCommand[] = [];
    let opened = 0;
    const [file] = applicationMenuTemplate({
      openFiles: () => opened++,
      send: (command) => sent.push(command),
      isDevelopment: false,
    });
    const items = (file?.submenu ?? []) as MenuItemConstructorOptions[];
    const labelled = items.filter((item) => item.label !== undefined);
    expect(labelled.map((item) => item.label)).toEqual(['Open…', 'Import annotations…', 'Export annotations…', 'Quit']);
    expect(labelled.at(-1)?.role).toBe('quit');
    for (const item of labelled.filter((item) => item.click)) (item.click as () => void)();
    expect(opened).toBe(1);
    expect(sent).toEqual(['import', 'export']);
  });
});

describe('the menu in Russian', () => {
  afterEach(() => useInterfaceLanguage('en'));

  it('names every item in the interface’s language, the roles Electron would name in English too', () => {
    useInterfaceLanguage('ru');
    const menu = applicationMenuTemplate({ openFiles: () => undefined, send: () => undefined, isDevelopment: false });
    const labels = menu.flatMap((top) => [
      top.label,
      ...((top.submenu ?? []) as MenuItemConstructorOptions[])
        .filter((item) => item.type !== 'separator')
        .map((item) => item.label),
    ]);
    expect(labels).toEqual([
      'Файл',
      'Открыть…',
      'Импорт аннотаций…',
      'Экспорт аннотаций…',
      'Выход',
      'Правка',
      'Отменить',
      'Повторить',
      'Копировать',
      'Выделить всё',
      'Вид',
      'Обычный размер',
      'Увеличить',
      'Уменьшить',
      'Во весь экран',
    ]);
  });
});

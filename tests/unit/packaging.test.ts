// The packages an IT department installs: `npm run dist` needs the Electron download and cannot run here, so the
// builder's configuration is checked against electron-builder's own validator, and what it promises is checked here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ARTICLE_EXTENSIONS } from '../../src/shared/article/article-file-rules';

const require = createRequire(import.meta.url);
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration: (config: unknown, logger: unknown) => Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

interface FileAssociation {
  ext: string | string[];
  mimeType?: string;
}

interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { buildResources: string };
  files: string[];
  fileAssociations: FileAssociation[];
  linux: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
  electronFuses: Record<string, boolean>;
}

const project = (path: string) => new URL(`../../${path}`, import.meta.url);
const manifest = JSON.parse(readFileSync(project('package.json'), 'utf8')) as {
  build: BuilderConfig;
  dependencies: Record<string, string>;
  engines: { node: string };
  scripts: Record<string, string>;
};
const config = manifest.build;

describe('the packages', () => {
  it('are configured as electron-builder’s own validator accepts', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('would be refused by that validator if the configuration were wrong', async () => {
    const broken = { ...config, linux: { ...config.linux, target: 'AppImage', icons: 'resources' } };
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(/configuration\.linux/);
  });

  it('are built for Linux (AppImage, .deb), Windows (NSIS) and macOS (dmg) by `npm run dist`', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(manifest.scripts.dist).toBe('electron-vite build && electron-builder');
    expect(config.appId).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });

  it('carry an icon of at least 512 px for every platform, from resources/', () => {
    for (const platform of [config.linux, config.win, config.mac]) {
      const icon = readFileSync(project(`${config.directories.buildResources}/${platform.icon}`));
      // A PNG's width and height are the two big-endian words after its signature and IHDR header.
      expect(icon.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(icon.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
      expect(icon.readUInt32BE(20)).toBe(icon.readUInt32BE(16));
    }
  });

  it('register every extension the app opens, so that "Open with" offers it', () => {
    const associated = config.fileAssociations.flatMap((association) =>
      (Array.isArray(association.ext) ? association.ext : [association.ext]).map((extension) => `.${extension}`),
    );
    expect(associated.sort()).toEqual([...ARTICLE_EXTENSIONS].sort());
    for (const association of config.fileAssociations) expect(association.mimeType).toBeTruthy();
  });

  it('flip the fuses: no running as Node, no NODE_OPTIONS or --inspect, encrypted cookies, the app only from its checked asar', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ship the built app without its development tools, and only the modules its main process imports', () => {
    expect(config.files).toEqual(['out/**/*', '!out/main/web-server.js', '!out/main/electron-download.js', 'package.json']);
    const mainFolder = project('out/main/');
    const scripts = [
      ...readdirSync(mainFolder).filter((name) => name.endsWith('.js')),
      ...(existsSync(new URL('chunks/', mainFolder))
        ? readdirSync(new URL('chunks/', mainFolder)).map((name) => `chunks/${name}`)
        : []),
    ].filter((name) => name !== 'web-server.js' && name !== 'electron-download.js');
    const imported = new Set<string>();
    for (const script of scripts) {
      const source = readFileSync(new URL(script, mainFolder), 'utf8');
      for (const [, specifier = ''] of source.matchAll(/\bfrom\s+"([^".][^"]*)"/g)) {
        if (!specifier.startsWith('node:') && specifier !== 'electron') imported.add(specifier.split('/')[0] ?? specifier);
      }
    }
    // The window's libraries are bundled into out/renderer; a dependency main does not import would only bloat the package.
    expect(Object.keys(manifest.dependencies).sort()).toEqual([...imported].sort());
  });

  it('say which Node the desktop tooling needs: Electron 45’s wants 22.12 or later', () => {
    expect(manifest.engines.node).toBe('>=22.12.0');
  });
});

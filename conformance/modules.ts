/** The module loader of a test's realm: specifiers resolve against the importing file's directory. */
import * as fs from 'fs';
import * as path from 'path';
import type { Realm } from '../interpreter/realm';
import { createJSONModule, parseModule, type ModuleRecord, type ModuleHost } from '../interpreter/compile/modules';
import { throwTypeError } from '../interpreter/errors';

export function installModuleHost(realm: Realm, root: string): void {
  const cache = new Map<string, ModuleRecord>();
  realm.host.testRoot = root;
  const host: ModuleHost = {
    load(referrer, request, r) {
      const base = referrer === null ? root : path.dirname(path.isAbsolute(referrer) ? referrer : path.join(root, referrer));
      const file = path.resolve(base, request.specifier);
      const json = request.attributes.some(([k, v]) => k === 'type' && v === 'json');
      const key = json ? `${file}#json` : file;
      const cached = cache.get(key);
      if (cached !== undefined) return cached;
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch {
        throwTypeError(`Cannot find module '${request.specifier}' imported from ${referrer ?? root}`);
      }
      const m = json ? createJSONModule(r, file, text) : parseModule(r, text, file);
      cache.set(key, m);
      return m;
    },
  };
  realm.host.moduleHost = host;
  /** The test module itself is in the cache too (a module may import itself). */
  realm.host.registerModule = (file: string, m: ModuleRecord) => cache.set(file, m);
}

/**
 * The host-defined bindings of INTERPRETING.md ("Host-Defined Functions"): `print` and `$262`
 * (createRealm, evalScript, detachArrayBuffer, gc, global, IsHTMLDDA). `$262.agent` (multi-agent
 * tests) and `$262.AbstractModuleSource` (a stage 3 proposal) are not provided: the tests that need
 * them are skipped.
 */
import * as v8 from 'v8';
import * as vm from 'vm';
import { R } from '../interpreter/agent';
import { Realm } from '../interpreter/realm';
import { JSObject } from '../interpreter/values/object';
import type { Value } from '../interpreter/values/value';
import { CreateBuiltinFunction, defineMethods } from '../interpreter/values/function';
import { ToString } from '../interpreter/ops/type-conversion';
import { throwTypeError } from '../interpreter/errors';
import { evaluateScript } from '../interpreter/compile/script';
import { installModuleHost } from './modules';
import { DetachArrayBuffer } from '../interpreter/intrinsics/ArrayBuffer';

/** Where `print` output goes (async tests report through it). */
export interface HostHooks {
  print(text: string): void;
}

let hostGc: (() => void) | null | undefined;

/** The host's garbage collector, if it can be had (V8's gc exposed in a fresh context). */
function getHostGc(): (() => void) | null {
  if (hostGc === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      const gc = vm.runInNewContext('gc') as unknown;
      hostGc = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      hostGc = null;
    }
  }
  return hostGc;
}

/**
 * An object with an [[IsHTMLDDA]] internal slot (like `document.all`): typeof is "undefined",
 * ToBoolean is false, == null holds; calling it with no argument or "" returns null.
 */
function makeIsHTMLDDA(realm: Realm): JSObject {
  const f = CreateBuiltinFunction(realm, (_this, args) => (args.length === 0 || args[0] === '' ? null : undefined), 0, '');
  f.isHTMLDDA = true;
  return f;
}

/** Defines `print` and `$262` on realm's global object; returns the `$262` object. */
export function install262(realm: Realm, hooks: HostHooks): JSObject {
  const $262 = new JSObject(realm.ObjectPrototype);
  defineMethods(realm, $262, [
    ['createRealm', () => {
      const fresh = new Realm(R.agent);
      if (typeof realm.host.testRoot === 'string') installModuleHost(fresh, realm.host.testRoot);
      return install262(fresh, hooks);
    }, 0],
    ['evalScript', (_this, args) => {
      // https://github.com/tc39/test262/blob/main/INTERPRETING.md: ParseScript + ScriptEvaluation in the current realm.
      const source = ToString(args[0]);
      return evaluateScript(R.realm, source, 'evalScript.js');
    }, 1],
    ['detachArrayBuffer', (_this, args) => {
      const buf = args[0];
      if (!(buf instanceof JSObject)) throwTypeError('detachArrayBuffer: not an ArrayBuffer');
      DetachArrayBuffer(buf, args.length > 1 ? args[1] : undefined);
      return null;
    }, 1],
    ['gc', () => {
      const gc = getHostGc();
      if (gc === null) throwTypeError('gc: the host exposes no garbage collector');
      gc();
      return undefined;
    }, 0],
  ]);
  $262.addHidden('global', realm.globalObject);
  $262.addHidden('IsHTMLDDA', makeIsHTMLDDA(realm));
  realm.addGlobal('$262', $262);
  realm.addGlobal('print', CreateBuiltinFunction(realm, (_this, args): Value => {
    hooks.print(ToString(args[0]));
    return undefined;
  }, 1, 'print'));
  realm.host.$262 = $262;
  return $262;
}

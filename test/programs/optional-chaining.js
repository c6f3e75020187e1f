// optional chaining: member access, calls, short-circuiting, with delete
const o = { a: { b: { c: 1 } }, f() { return this === o; }, arr: [10, 20], nul: null };
console.log(o?.a?.b?.c, o.x?.y.z.w, o.nul?.p, o.arr?.[1], o.none?.[0]);
console.log(o.f?.(), o.g?.(), o.nul?.(), typeof o?.f);
const n = null;
let count = 0;
console.log(n?.[count++], count);
console.log(n?.a.b.c(count++), count);
console.log((o?.a).b.c);
console.log(o.a?.['b']?.c);
const fn = null;
console.log(fn?.(1, 2));
const obj = { method() { return this; } };
console.log(obj?.method() === obj, (obj?.method)() === obj, obj.method?.() === obj);
const d = { x: { y: 1 } };
console.log(delete d?.x.y, JSON.stringify(d), delete n?.x);
try { o.missing?.x.y; console.log('fine'); } catch (e) { console.log('unexpected'); }
try { o.nul.x; } catch (e) { console.log(e.constructor.name, e.message); }
try { (o?.nul).x; } catch (e) { console.log('parenthesized chain ends short-circuit:', e.name); }
class A {
  #p = 'private';
  static read(x) { return x?.#p; }
}
console.log(A.read(new A()), A.read(undefined));
const tag = (s) => s.raw.join('|');
console.log(o?.a.b.c?.toString());
console.log(''?.length, 0?.toFixed(1), false?.toString());

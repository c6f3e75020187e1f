// logical operators, nullish coalescing, logical assignment, short-circuiting
const log = [];
const t = (v, name) => { log.push(name); return v; };
console.log(t(0, 'a') && t(1, 'b'), t(1, 'c') && t(2, 'd'), t('', 'e') || t('x', 'f'), t('y', 'g') || t(0, 'h'));
console.log(log.join(''));
log.length = 0;
console.log(t(null, 'a') ?? t('dflt', 'b'), t(0, 'c') ?? t('no', 'd'), t(false, 'e') ?? 1, t(undefined, 'f') ?? null);
console.log(log.join(''));
console.log(!0, !'', !'0', ![], !!NaN, !!{}, !null, !!-1);
console.log((null || undefined) ?? 'both nullish', (0 || null) ?? 'fallback');

let a = 0, b = 1, c = null, d = 'keep';
a ||= 'a was falsy';
b &&= 'b was truthy';
c ??= 'c was nullish';
d ??= 'not assigned';
console.log(a, b, c, d);

const calls = [];
const obj = {
  get p() { calls.push('get'); return 1; },
  set p(v) { calls.push('set ' + v); },
};
obj.p ||= 5;
obj.p &&= 6;
obj.p ??= 7;
console.log(calls.join(', '));

const frozen = Object.freeze({ x: 1 });
frozen.x ||= 2;
console.log('short-circuit avoids write', frozen.x);
let und;
const fnName = (und ??= function () {});
console.log('anonymous function gets name', fnName.name);
let z = 0;
z ||= () => {};
console.log(z.name);

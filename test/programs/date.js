// Date with UTC methods only (no dependence on the time zone or the current time)
const d = new Date(Date.UTC(2024, 1, 29, 13, 45, 30, 123));
console.log(d.toISOString(), d.getTime(), d.valueOf() === d.getTime(), JSON.stringify(d), d.toJSON());
console.log(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
console.log(new Date(0).toISOString(), new Date(-1).toISOString(), new Date(8.64e15).toISOString(), new Date(-62198755200000).toISOString());
console.log(new Date(8.64e15 + 1).getTime(), String(new Date(NaN)), new Date(NaN).getTime(), isNaN(new Date('garbage')));
try { new Date(NaN).toISOString(); } catch (e) { console.log(e.name, e.message); }
console.log(Date.UTC(2020, 0), Date.UTC(2020), Date.UTC(99, 0, 1), Date.UTC(2020, 12, 1) === Date.UTC(2021, 0, 1), Date.UTC(2020, 0, 0));
console.log(Date.parse('2020-01-02T03:04:05.006Z'), Date.parse('2020-01-02T03:04:05Z'), Date.parse('2020-01-02T03:04:05+02:00'), Date.parse('2020-01-02T03:04Z'));
console.log(Date.parse('2020-01-01'), new Date('2020-06-15').toISOString(), Date.parse('+002020-01-01T00:00:00Z'), Date.parse('-000001-01-01T00:00:00Z'));
const m = new Date(Date.UTC(2020, 0, 31));
m.setUTCMonth(1);
console.log(m.toISOString());
m.setUTCDate(0);
console.log(m.toISOString());
m.setUTCHours(25, 61, 61, 1001);
console.log(m.toISOString());
console.log(m.setUTCFullYear(2000, 5, 15), m.toISOString());
const copy = new Date(m);
copy.setTime(0);
console.log(copy.getTime(), m.getTime() !== 0, new Date(m.getTime()).getTime() === m.getTime());
console.log(d.toUTCString(), new Date(0).toUTCString());
console.log(typeof Date.now(), typeof Date(), Date.length, Object.prototype.toString.call(d));
console.log(d - new Date(Date.UTC(2024, 1, 29)), +new Date(5), new Date(2024, 0) instanceof Date);
const prim = d[Symbol.toPrimitive]('number');
console.log(prim === d.getTime(), typeof d[Symbol.toPrimitive]('default'));
try { Date.prototype.getTime.call({}); } catch (e) { console.log(e.name, e.message); }
console.log(new Date(Date.UTC(1970, 0, 1, 0, 0, 0, 0.9)).getTime(), new Date(Date.UTC(2000, 0, 1)).getUTCDay());
const days = [];
for (let i = 0; i < 7; i++) days.push(new Date(Date.UTC(2023, 0, 1 + i)).getUTCDay());
console.log(days.join(''));

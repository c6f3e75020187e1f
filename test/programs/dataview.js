// DataView: endianness and every getter/setter pair
const buf = new ArrayBuffer(16);
const dv = new DataView(buf);
dv.setUint16(0, 0x1234);
dv.setUint16(2, 0x1234, true);
const bytes = new Uint8Array(buf);
console.log(Array.from(bytes.slice(0, 4), b => b.toString(16)).join(' '));
console.log(dv.getUint16(0).toString(16), dv.getUint16(0, true).toString(16), dv.getUint16(2, true).toString(16));
dv.setInt8(4, -1);
console.log(dv.getInt8(4), dv.getUint8(4));
dv.setInt32(4, -2);
console.log(dv.getInt32(4), dv.getUint32(4), dv.getInt32(4, true));
dv.setFloat32(8, 1.5);
console.log(dv.getFloat32(8), dv.getFloat32(8, true), Array.from(bytes.slice(8, 12)).join(','));
dv.setFloat64(8, Math.PI, true);
console.log(dv.getFloat64(8, true), dv.getFloat64(8) !== Math.PI);
dv.setBigInt64(0, -5n);
console.log(dv.getBigInt64(0), dv.getBigUint64(0), dv.getBigInt64(0, true));
dv.setBigUint64(8, 2n ** 64n - 1n, true);
console.log(dv.getBigUint64(8, true), dv.getInt16(8));
const view = new DataView(buf, 4, 4);
console.log(view.byteOffset, view.byteLength, view.buffer === buf);
try { view.getUint32(1); } catch (e) { console.log(e.name, e.message); }
try { new DataView(buf, 17); } catch (e) { console.log(e.name, e.message); }
try { new DataView({}); } catch (e) { console.log(e.name, e.message); }
try { DataView.prototype.getInt8.call({}, 0); } catch (e) { console.log(e.name); }
console.log(Object.prototype.toString.call(dv), DataView.length);
dv.setUint8(0, 300);
console.log(dv.getUint8(0));
dv.setInt16(0, 70000);
console.log(dv.getInt16(0));
console.log(new DataView(new ArrayBuffer(2)).getInt16(0), new DataView(buf, 16).byteLength);

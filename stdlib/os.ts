// @ts-nocheck
/**
 * Node's `os` module over internalBinding('os'): the documented API (EOL, arch, platform, type,
 * release, version, machine, hostname, homedir, tmpdir, cpus, totalmem, freemem, uptime, loadavg,
 * networkInterfaces, userInfo, endianness, constants, availableParallelism, devNull,
 * setPriority/getPriority). As in node, the zero-argument functions also convert to their value
 * (Symbol.toPrimitive), and failures throw ERR_SYSTEM_ERROR. homedir and tmpdir read the guest's
 * process.env, as node reads its (real) environment.
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence (the API follows lib/os.js).

const { Float64Array, Object, Symbol } = globalThis;

const binding = internalBinding('os');
const { os: osConstants } = internalBinding('constants');
const { codes: { ERR_SYSTEM_ERROR } } = require('./internal/errors');
const { validateInt32 } = require('./internal/validators');

const isWindows = process.platform === 'win32';

/** A binding call that fills a ctx record and returns undefined on failure, as a throwing function. */
function getCheckedFunction(fn) {
  return function checkError(...args) {
    const ctx = {};
    const ret = fn(...args, ctx);
    if (ret === undefined) throw new ERR_SYSTEM_ERROR(ctx);
    return ret;
  };
}

const getHostnameChecked = getCheckedFunction(binding.getHostname);
const getOSInformationChecked = getCheckedFunction(binding.getOSInformation);
const getHomeDirectoryChecked = getCheckedFunction(binding.getHomeDirectory);
const getUptimeChecked = getCheckedFunction(binding.getUptime);
const getInterfaceAddressesChecked = getCheckedFunction(binding.getInterfaceAddresses);

let osInfo;
function osInformation() {
  return (osInfo ??= getOSInformationChecked());
}

function getHostname() {
  return getHostnameChecked();
}
function getOSType() {
  return osInformation()[0];
}
function getOSVersion() {
  return osInformation()[1];
}
function getOSRelease() {
  return osInformation()[2];
}
function getMachine() {
  return osInformation()[3];
}
function getHomeDirectory() {
  const home = process.env.HOME;
  if (typeof home === 'string' && home.length > 0) return home;
  return getHomeDirectoryChecked();
}
function getUptime() {
  return getUptimeChecked();
}
function getTotalMem() {
  return binding.getTotalMem();
}
function getFreeMem() {
  return binding.getFreeMem();
}

function arch() {
  return process.arch;
}
function platform() {
  return process.platform;
}
function availableParallelism() {
  return binding.getAvailableParallelism();
}

const kEndianness = binding.isBigEndian ? 'BE' : 'LE';
function endianness() {
  return kEndianness;
}

function tmpdir() {
  const env = process.env;
  if (isWindows) {
    let path = env.TEMP || env.TMP || `${env.SystemRoot || env.windir}\\temp`;
    if (path.length > 1 && path.endsWith('\\') && !path.endsWith(':\\')) path = path.slice(0, -1);
    return path;
  }
  const path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) return path.slice(0, -1);
  return path;
}

function loadavg() {
  const avg = new Float64Array(3);
  binding.getLoadAvg(avg);
  return [avg[0], avg[1], avg[2]];
}

function cpus() {
  const data = binding.getCPUs() || [];
  const result = [];
  let i = 0;
  while (i < data.length) {
    result.push({
      model: data[i++],
      speed: data[i++],
      times: {
        user: data[i++],
        nice: data[i++],
        sys: data[i++],
        idle: data[i++],
        irq: data[i++],
      },
    });
  }
  return result;
}

function networkInterfaces() {
  const data = getInterfaceAddressesChecked();
  const result = {};
  for (let i = 0; i < data.length; i += 8) {
    const name = data[i];
    const entry = {
      address: data[i + 1],
      netmask: data[i + 2],
      family: data[i + 3],
      mac: data[i + 4],
      internal: data[i + 5],
      cidr: data[i + 7],
    };
    if (data[i + 6] !== -1) entry.scopeid = data[i + 6];
    const existing = result[name];
    if (existing !== undefined) existing.push(entry);
    else result[name] = [entry];
  }
  return result;
}

function toBuffers(user) {
  let Buffer;
  try {
    ({ Buffer } = require('./buffer'));
  } catch {
    return user;
  }
  for (const k of ['username', 'homedir', 'shell']) {
    const v = user[k];
    if (v !== null && typeof v === 'object') user[k] = Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  }
  return user;
}

function userInfo(options) {
  if (typeof options !== 'object') options = null;
  const encoding = options?.encoding === 'buffer' ? 'buffer' : options?.encoding;
  const ctx = {};
  const user = binding.getUserInfo(encoding === 'buffer' ? 'buffer' : undefined, ctx);
  if (user === undefined) throw new ERR_SYSTEM_ERROR(ctx);
  if (encoding === 'buffer') return toBuffers(user);
  return user;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  const ctx = {};
  if (binding.setPriority(pid, priority, ctx) !== 0) throw new ERR_SYSTEM_ERROR(ctx);
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  const ctx = {};
  const priority = binding.getPriority(pid, ctx);
  if (priority === undefined) throw new ERR_SYSTEM_ERROR(ctx);
  return priority;
}

// node: these convert to their value (`${os.hostname}`).
getFreeMem[Symbol.toPrimitive] = () => getFreeMem();
getHostname[Symbol.toPrimitive] = () => getHostname();
getOSVersion[Symbol.toPrimitive] = () => getOSVersion();
getOSType[Symbol.toPrimitive] = () => getOSType();
getOSRelease[Symbol.toPrimitive] = () => getOSRelease();
getMachine[Symbol.toPrimitive] = () => getMachine();
getHomeDirectory[Symbol.toPrimitive] = () => getHomeDirectory();
getTotalMem[Symbol.toPrimitive] = () => getTotalMem();
getUptime[Symbol.toPrimitive] = () => getUptime();
arch[Symbol.toPrimitive] = () => process.arch;
availableParallelism[Symbol.toPrimitive] = () => availableParallelism();
endianness[Symbol.toPrimitive] = () => kEndianness;
platform[Symbol.toPrimitive] = () => process.platform;
tmpdir[Symbol.toPrimitive] = () => tmpdir();

const constants = osConstants;

module.exports = {
  arch,
  availableParallelism,
  cpus,
  endianness,
  freemem: getFreeMem,
  getPriority,
  homedir: getHomeDirectory,
  hostname: getHostname,
  loadavg,
  networkInterfaces,
  platform,
  release: getOSRelease,
  setPriority,
  tmpdir,
  totalmem: getTotalMem,
  type: getOSType,
  userInfo,
  uptime: getUptime,
  version: getOSVersion,
  machine: getMachine,
};

Object.defineProperties(module.exports, {
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  EOL: { __proto__: null, configurable: true, enumerable: true, writable: false, value: isWindows ? '\r\n' : '\n' },
  devNull: { __proto__: null, configurable: true, enumerable: true, writable: false, value: isWindows ? '\\\\.\\nul' : '/dev/null' },
});
export {}; // a module to tsc (its export is module.exports)

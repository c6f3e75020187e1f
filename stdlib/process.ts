// @ts-nocheck
/** Node's `process` module: the process object itself. */

export = process;

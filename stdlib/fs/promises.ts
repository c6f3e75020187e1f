// @ts-nocheck
/** Node's `fs/promises`: the promise API of the fs module (fs.promises). */

export = require('../fs').promises;

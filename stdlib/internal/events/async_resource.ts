// @ts-nocheck
/**
 * events.EventEmitterAsyncResource: an EventEmitter whose emit() runs inside an AsyncResource's
 * scope. Built on first use (async_hooks loads after events), from the EventEmitter class given.
 */

const { codes } = require('../errors');
const { validateString } = require('../validators');

function defineEventEmitterAsyncResource(EventEmitter) {
  const { AsyncResource } = require('../../async_hooks');
  const kOwner = Symbol('kEventEmitter');
  const kResource = Symbol('kAsyncResource');

  /** Throws ERR_INVALID_THIS unless `self` was built by the constructor below. */
  function resourceOf(self) {
    const resource = self[kResource];
    if (resource === undefined) {
      throw new codes.ERR_INVALID_THIS('EventEmitterAsyncResource');
    }
    return resource;
  }

  class EventEmitterReferencingAsyncResource extends AsyncResource {
    constructor(emitter, type, options) {
      super(type, options);
      this[kOwner] = emitter;
    }

    get eventEmitter() {
      const emitter = this[kOwner];
      if (emitter === undefined) {
        throw new codes.ERR_INVALID_THIS('EventEmitterReferencingAsyncResource');
      }
      return emitter;
    }
  }

  return class EventEmitterAsyncResource extends EventEmitter {
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        // Subclasses default the resource's name to their own.
        if (new.target === EventEmitterAsyncResource) {
          validateString(options?.name, 'options.name');
        }
        name = options?.name || new.target.name;
      }
      super(options);
      this[kResource] = new EventEmitterReferencingAsyncResource(this, name, options);
    }

    emit(event, ...args) {
      resourceOf(this);
      const resource = this.asyncResource;
      return Reflect.apply(resource.runInAsyncScope, resource,
                           [super.emit, this, event, ...args]);
    }

    emitDestroy() {
      resourceOf(this);
      this.asyncResource.emitDestroy();
    }

    get asyncId() {
      resourceOf(this);
      return this.asyncResource.asyncId();
    }

    get triggerAsyncId() {
      resourceOf(this);
      return this.asyncResource.triggerAsyncId();
    }

    get asyncResource() {
      return resourceOf(this);
    }
  };
}

export { defineEventEmitterAsyncResource };

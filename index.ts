/** ouro's package entry: the engine's embedding API. */
export * from './interpreter/index';

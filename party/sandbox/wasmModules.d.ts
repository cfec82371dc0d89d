/** What PartyKit's bundler (and the Vitest alias) give for an import of a `.wasm` file. */
declare module '*.wasm' {
  const module: WebAssembly.Module
  export default module
}

/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** tldraw licence key for production deployments (not needed on localhost). */
  readonly VITE_TLDRAW_LICENSE_KEY?: string
}

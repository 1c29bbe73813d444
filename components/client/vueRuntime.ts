// What the islands loader takes from Vue, imported dynamically through this module: a dynamic
// import('vue') would keep every export of Vue's runtime (a namespace cannot be tree-shaken).
export { createSSRApp } from 'vue'

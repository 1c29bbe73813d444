// What a manifest checker reports about one document: a leaf that the checkers (schemas.ts,
// kindCluster.ts, kustomize.ts, workflow.ts, …) share without importing each other.
export interface Issue {
  /** JSON pointer inside the document, e.g. '/spec/replicas'; '' for the document itself. */
  path: string
  message: string
}

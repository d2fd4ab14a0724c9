// Which operation a method and path are, by the spec's path templates (the audit log, `zadigctl api`, the
// redaction of answers): the client's matcher, under the names the CLI uses.
export { operationOfRoute as operationOf, routeMethods as methodsFor } from '@zadig-ts/client';

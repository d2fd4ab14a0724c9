export type { NodeBodyInit } from './body.js';
export { NodeHeaders } from './headers.js';
export { NodeRequest, type NodeRequestInit } from './request.js';
export { NodeResponse, type NodeResponseInit } from './response.js';

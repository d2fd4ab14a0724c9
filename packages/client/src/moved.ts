/**
 * Operations whose route moved between releases. The spec has one operation per shape, each marked with the
 * releases that route it; a call to the newer one, on a release that only routes the older one, is sent as
 * the older one. `needs` are the inputs only the older shape takes (see `RerouteInputs`).
 */
export const MOVED_ROUTES: Readonly<
  Record<string, { readonly to: string; readonly needs: readonly string[] }>
> = {
  restartEnvironmentPod: { to: 'restartEnvironmentServicePod', needs: ['serviceName'] },
  restartProductionEnvironmentPod: { to: 'restartProductionEnvironmentServicePod', needs: ['serviceName'] },
  createServiceFromRepo: { to: 'createServiceFromRepoByCodehostId', needs: ['codehostId'] },
};

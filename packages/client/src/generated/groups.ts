/**
 * Generated from @zadig-ts/openapi's operations.json by packages/client/scripts/generate-groups.mjs.
 * Do not edit; run `pnpm --filter @zadig-ts/client generate`.
 */
import type { CallOptions, OperationInput, OperationOutput } from '../call.js';

/** The artifactManagement operations: `zadig.artifactManagement.<operationId>(input, options)`. */
export interface ArtifactManagementOperations {
  /**
   * Get artifact trace information.
   *
   * Gets the trace of a delivered artifact (an image built, or a file archived, by a workflow) by its full
   * image address: the artifact and its activities (builds with their commits), also grouped by activity type.
   *
   */
  getArtifactTrace(input: OperationInput<'getArtifactTrace'>, options?: CallOptions): Promise<OperationOutput<'getArtifactTrace'>>;
  /**
   * Get version list.
   *
   * Lists versions (delivery releases), newest first, optionally filtered by project, delivery workflow, task
   * and label. This is the internal aslan route (`/api/aslan/...`), not an `/openapi/...` one; it needs a
   * Zadig Professional or Enterprise license. Each item leaves out the services (`services` is always empty):
   * get them with `getRelease`. The total number of matching versions is in the `X-Total` header.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v4.3/21.Developer%20Guide/01.OpenAPI%20Docs/11.delivery-center-api.md
   */
  listArtifactReleases(input?: OperationInput<'listArtifactReleases'>, options?: CallOptions): Promise<OperationOutput<'listArtifactReleases'>>;
}

/** The build operations: `zadig.build.<operationId>(input, options)`. */
export interface BuildOperations {
  /**
   * Create build.
   *
   * Creates a build in the body's `project_key`. Without `source` the body is a plain build (`BuildRequest`):
   * OS image, packages, repositories, script, image build step and advanced settings. With `source=template`
   * the body is a build from a build template (`BuildFromTemplateRequest`); that variant needs a Zadig
   * Professional (enterprise) license.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/06.build.md
   */
  createBuild(input: OperationInput<'createBuild'>, options?: CallOptions): Promise<OperationOutput<'createBuild'>>;
  /**
   * Delete build.
   *
   * Deletes a build. A build that services still reference cannot be deleted (400). Deleting a build that does
   * not exist succeeds.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/06.build.md
   */
  deleteBuild(input: OperationInput<'deleteBuild'>, options?: CallOptions): Promise<OperationOutput<'deleteBuild'>>;
  /**
   * Get build details.
   *
   * Gets a build's configuration: repositories, build environment, advanced settings, script, variables,
   * outputs and post-build steps. For a template build, `serviceName` and `serviceModule` select the service
   * whose repositories and variables are returned.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/06.build.md
   */
  getBuild(input: OperationInput<'getBuild'>, options?: CallOptions): Promise<OperationOutput<'getBuild'>>;
  /**
   * Query build list.
   *
   * Lists a project's builds with the services they build, one page at a time.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/06.build.md
   */
  listBuilds(input: OperationInput<'listBuilds'>, options?: CallOptions): Promise<OperationOutput<'listBuilds'>>;
  /**
   * Update build.
   *
   * Replaces the build named by the body's `name` in `project_key` with the body (`BuildRequest`): fields left
   * out are cleared. The build's name, project and source are kept.
   *
   * Zadig v4.2.0 and later.
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/06.build.md
   */
  updateBuild(input: OperationInput<'updateBuild'>, options?: CallOptions): Promise<OperationOutput<'updateBuild'>>;
  /**
   * Update build from template.
   *
   * Points a build at a build template and replaces its services' repositories and variables. The server finds
   * the build by the body's `name` and `project_key`; the path's build name and the docs' `projectKey` query
   * parameter are not read (see ERRATA.md). Needs a Zadig Professional (enterprise) license.
   *
   * Zadig v4.2.0 and later.
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/06.build.md
   */
  updateBuildFromTemplate(input: OperationInput<'updateBuildFromTemplate'>, options?: CallOptions): Promise<OperationOutput<'updateBuildFromTemplate'>>;
}

/** The cluster operations: `zadig.cluster.<operationId>(input, options)`. */
export interface ClusterOperations {
  /**
   * Check cluster Istio installation.
   *
   * Tells whether Istio is installed in a cluster, i.e. whether an `istiod` Deployment exists in any of its
   * namespaces. Any valid token may call it. A cluster Zadig cannot reach is answered with 500.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v4.3/21.Developer%20Guide/01.OpenAPI%20Docs/12.cluster.md
   */
  checkClusterIstio(input: OperationInput<'checkClusterIstio'>, options?: CallOptions): Promise<OperationOutput<'checkClusterIstio'>>;
  /**
   * Create cluster.
   *
   * Integrates a cluster. An `agent` cluster stays `pending` until the agent installed with `agent_cmd`
   * connects; a `kubeconfig` cluster is connected at once (Zadig installs its workflow resources in it).
   * Needs system administrator rights.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v4.3/21.Developer%20Guide/01.OpenAPI%20Docs/12.cluster.md
   */
  createCluster(input: OperationInput<'createCluster'>, options?: CallOptions): Promise<OperationOutput<'createCluster'>>;
  /**
   * Delete specified cluster.
   *
   * Deletes a cluster. Refused (400) while environments exist in it. Needs system administrator rights;
   * deleting an ID that does not exist succeeds.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v4.3/21.Developer%20Guide/01.OpenAPI%20Docs/12.cluster.md
   */
  deleteCluster(input: OperationInput<'deleteCluster'>, options?: CallOptions): Promise<OperationOutput<'deleteCluster'>>;
  /**
   * List cluster information.
   *
   * Lists the clusters integrated with Zadig, with their provider, type and connection status. Any valid token
   * may call it. With `projectName`, only the clusters that project may use (including those open to all
   * projects).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v4.3/21.Developer%20Guide/01.OpenAPI%20Docs/12.cluster.md
   */
  listClusters(input?: OperationInput<'listClusters'>, options?: CallOptions): Promise<OperationOutput<'listClusters'>>;
  /**
   * Update specified cluster.
   *
   * Replaces a cluster's name, description and the projects that may use it. Other settings are kept. Needs
   * system administrator rights. An unknown cluster ID is answered with success and changes nothing.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v4.3/21.Developer%20Guide/01.OpenAPI%20Docs/12.cluster.md
   */
  updateCluster(input: OperationInput<'updateCluster'>, options?: CallOptions): Promise<OperationOutput<'updateCluster'>>;
}

/** The codeScan operations: `zadig.codeScan.<operationId>(input, options)`. */
export interface CodeScanOperations {
  /**
   * Create code scan.
   *
   * Creates a code scan in the body's `project_key`: a SonarQube scan (`scanner_type` `sonarQube`, with the
   * SonarQube integration `sonar_system`) or a script scan (`other`).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/08.scan.md
   */
  createCodeScan(input: OperationInput<'createCodeScan'>, options?: CallOptions): Promise<OperationOutput<'createCodeScan'>>;
  /**
   * Execute code scan task.
   *
   * Runs a code scan on the given branches or pull requests. Each entry of `scan_repos` must match a repository
   * of the scan by `repo_owner`, `repo_name` and `source`; the server compares it with the scan's first
   * repository only and drops entries that do not match (see ERRATA.md). A missing scan is answered with 500.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/08.scan.md
   */
  createCodeScanTask(input: OperationInput<'createCodeScanTask'>, options?: CallOptions): Promise<OperationOutput<'createCodeScanTask'>>;
  /**
   * Get code scan task details.
   *
   * Gets a code scan task's status, times, result link and repositories. A missing scan or task is answered
   * with 500.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/08.scan.md
   */
  getCodeScanTask(input: OperationInput<'getCodeScanTask'>, options?: CallOptions): Promise<OperationOutput<'getCodeScanTask'>>;
}

/** The collaborationMode operations: `zadig.collaborationMode.<operationId>(input, options)`. */
export interface CollaborationModeOperations {
  /**
   * Create collaboration mode.
   *
   * Creates a collaboration mode in a project: which users and user groups get which workflows and
   * environments, shared or as their own copies. Needs a system administrator or an administrator of the
   * project (403 otherwise).
   *
   * Zadig v4.2.0 and later.
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/23.collaboration.md
   */
  createCollaborationMode(input: OperationInput<'createCollaborationMode'>, options?: CallOptions): Promise<OperationOutput<'createCollaborationMode'>>;
  /**
   * Delete collaboration mode.
   *
   * Deletes a collaboration mode of a project. Deleting a name that does not exist succeeds. Needs a system
   * administrator or an administrator of the project (403 otherwise).
   *
   * Zadig v4.2.0 and later.
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/23.collaboration.md
   */
  deleteCollaborationMode(input: OperationInput<'deleteCollaborationMode'>, options?: CallOptions): Promise<OperationOutput<'deleteCollaborationMode'>>;
}

/** The delivery operations: `zadig.delivery.<operationId>(input, options)`. */
export interface DeliveryOperations {
  /**
   * Create version for a Helm Chart project.
   *
   * Starts creating a version of a Helm Chart project: charts are pushed to `chart_repo_name` and images to
   * the image registry. Creation runs in the background (poll `getRelease`).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/09.delivery.md
   */
  createHelmRelease(input: OperationInput<'createHelmRelease'>, options?: CallOptions): Promise<OperationOutput<'createHelmRelease'>>;
  /**
   * Create version for a K8s YAML project.
   *
   * Starts creating a version of a K8s YAML project. Creation runs in the background: the version's status
   * is `creating` until it becomes `success` or `failed` (poll `getRelease`).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/09.delivery.md
   */
  createK8sRelease(input: OperationInput<'createK8sRelease'>, options?: CallOptions): Promise<OperationOutput<'createK8sRelease'>>;
  /**
   * Delete version.
   *
   * Deletes a version. The server deletes by ID and uses `projectKey` only to check permissions; deleting an
   * ID that does not exist succeeds.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/09.delivery.md
   */
  deleteRelease(input: OperationInput<'deleteRelease'>, options?: CallOptions): Promise<OperationOutput<'deleteRelease'>>;
  /**
   * Get version details.
   *
   * Gets a version with its services, images and push status, by project and version name.
   *
   * Zadig v4.0.0 and later.
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/09.delivery.md
   */
  getRelease(input: OperationInput<'getRelease'>, options?: CallOptions): Promise<OperationOutput<'getRelease'>>;
  /**
   * Get version details by ID (servers before August 2025).
   *
   * Gets a version by its ID, in the older shape (`version_info`, `deploy_infos`, `distribute_infos`).
   *
   * Zadig v3.4.0 to v3.4.0.
   * @deprecated See the description for what to use instead.
   */
  getReleaseById(input: OperationInput<'getReleaseById'>, options?: CallOptions): Promise<OperationOutput<'getReleaseById'>>;
  /**
   * List versions.
   *
   * Lists a project's versions, newest first, one page at a time.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/09.delivery.md
   */
  listReleases(input: OperationInput<'listReleases'>, options?: CallOptions): Promise<OperationOutput<'listReleases'>>;
  /**
   * Retry creating a version.
   *
   * Retries creating a version whose status is `failed`; its status becomes `retrying`.
   *
   * Zadig v4.0.0 and later.
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/09.delivery.md
   */
  retryRelease(input: OperationInput<'retryRelease'>, options?: CallOptions): Promise<OperationOutput<'retryRelease'>>;
}

/** The environment operations: `zadig.environment.<operationId>(input, options)`. */
export interface EnvironmentOperations {
  /**
   * Add services to a test environment (K8s YAML project).
   *
   * Deploys services of a K8s YAML project into a test environment. Services already in the environment are
   * refused.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  addEnvironmentServices(input: OperationInput<'addEnvironmentServices'>, options?: CallOptions): Promise<OperationOutput<'addEnvironmentServices'>>;
  /**
   * Add services to an environment (Helm Chart project).
   *
   * Deploys (or imports) services of a Helm Chart project into a test or production environment, with values from
   * YAML, key overrides or a file in a code repository. The server takes the environment from the body's
   * `env_name` and ignores the path parameter, and answers with a status per environment rather than a success
   * message (see ERRATA.md). Production environments need a Zadig Professional or Enterprise license.
   *
   * Zadig v4.2.0 and later.
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  addHelmEnvironmentServices(input: OperationInput<'addHelmEnvironmentServices'>, options?: CallOptions): Promise<OperationOutput<'addHelmEnvironmentServices'>>;
  /**
   * Add services to a production environment (K8s YAML project).
   *
   * Deploys services of a K8s YAML project into a production environment. Services already in the environment are
   * refused. Needs a Zadig Professional or Enterprise license.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  addProductionEnvironmentServices(input: OperationInput<'addProductionEnvironmentServices'>, options?: CallOptions): Promise<OperationOutput<'addProductionEnvironmentServices'>>;
  /**
   * Check sub environment ready.
   *
   * Checks whether enabling or disabling sub environments on an environment has taken effect, and reports each
   * condition.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  checkSubEnvironmentReady(input: OperationInput<'checkSubEnvironmentReady'>, options?: CallOptions): Promise<OperationOutput<'checkSubEnvironmentReady'>>;
  /**
   * Check workloads' K8s services.
   *
   * Lists the Deployments and StatefulSets of a test environment's namespace that no Kubernetes Service
   * selects. Sub environments route traffic through Services, so check this before enabling them. The docs
   * spell the last path segment `k8sservices`; the server routes `k8services` (see ERRATA.md).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  checkSubEnvironmentWorkloadServices(input: OperationInput<'checkSubEnvironmentWorkloadServices'>, options?: CallOptions): Promise<OperationOutput<'checkSubEnvironmentWorkloadServices'>>;
  /**
   * Create test environment (K8s YAML project).
   *
   * Creates a test environment of a K8s YAML project, with services, global variables and environment
   * configurations. Creation continues in the background: the environment's status is `creating` until it is done
   * (poll `getEnvironment`).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  createEnvironment(input: OperationInput<'createEnvironment'>, options?: CallOptions): Promise<OperationOutput<'createEnvironment'>>;
  /**
   * Add environment configuration to a test environment.
   *
   * Creates a ConfigMap, Secret, Ingress or PVC in a test environment's namespace and records it as an environment
   * configuration. Needs a Zadig Professional or Enterprise license.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  createEnvironmentConfig(input: OperationInput<'createEnvironmentConfig'>, options?: CallOptions): Promise<OperationOutput<'createEnvironmentConfig'>>;
  /**
   * Create environment (Helm Chart project).
   *
   * Creates an empty test or production environment of a Helm Chart project; add services with
   * `addHelmEnvironmentServices`. Production environments need a Zadig Professional or Enterprise license.
   *
   * Zadig v4.2.0 and later.
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  createHelmEnvironment(input: OperationInput<'createHelmEnvironment'>, options?: CallOptions): Promise<OperationOutput<'createHelmEnvironment'>>;
  /**
   * Create production environment (K8s YAML project).
   *
   * Creates an empty production environment of a K8s YAML project in an existing namespace; add services with
   * `addProductionEnvironmentServices`. Needs a Zadig Professional or Enterprise license.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  createProductionEnvironment(input: OperationInput<'createProductionEnvironment'>, options?: CallOptions): Promise<OperationOutput<'createProductionEnvironment'>>;
  /**
   * Add environment configuration to a production environment.
   *
   * Meant to create a ConfigMap, Secret, Ingress or PVC in a production environment. The server routes this path
   * to the test-environment handler: it checks test-environment permissions and looks up a test environment of
   * that name, so production environments are not found (see ERRATA.md). Needs a Zadig Professional or Enterprise
   * license.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  createProductionEnvironmentConfig(input: OperationInput<'createProductionEnvironmentConfig'>, options?: CallOptions): Promise<OperationOutput<'createProductionEnvironmentConfig'>>;
  /**
   * Delete test environment.
   *
   * Deletes a test environment, and with `isDelete=true` also its namespace and the services' resources. Deletion
   * continues in the background.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  deleteEnvironment(input: OperationInput<'deleteEnvironment'>, options?: CallOptions): Promise<OperationOutput<'deleteEnvironment'>>;
  /**
   * Delete environment configuration of a test environment.
   *
   * Deletes an environment configuration of a test environment and its Kubernetes object.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  deleteEnvironmentConfig(input: OperationInput<'deleteEnvironmentConfig'>, options?: CallOptions): Promise<OperationOutput<'deleteEnvironmentConfig'>>;
  /**
   * Delete services from a test environment.
   *
   * Removes services from a test environment and, unless `not_delete_resource` is true, deletes their Kubernetes
   * resources. Refused (with the sub-environments in the error's `extra`) while a service is also deployed in sub-
   * environments of this environment.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  deleteEnvironmentServices(input: OperationInput<'deleteEnvironmentServices'>, options?: CallOptions): Promise<OperationOutput<'deleteEnvironmentServices'>>;
  /**
   * Delete production environment.
   *
   * Removes a production environment from Zadig. The namespace and the services' resources stay in the cluster;
   * Zadig removes only its labels (and its Istio resources, for gray release). Needs a Zadig Professional or
   * Enterprise license.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  deleteProductionEnvironment(input: OperationInput<'deleteProductionEnvironment'>, options?: CallOptions): Promise<OperationOutput<'deleteProductionEnvironment'>>;
  /**
   * Delete environment configuration of a production environment.
   *
   * Deletes an environment configuration of a production environment and its Kubernetes object. Needs a Zadig
   * Professional or Enterprise license.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  deleteProductionEnvironmentConfig(input: OperationInput<'deleteProductionEnvironmentConfig'>, options?: CallOptions): Promise<OperationOutput<'deleteProductionEnvironmentConfig'>>;
  /**
   * Delete services from a production environment.
   *
   * Removes services from a production environment and, unless `not_delete_resource` is true, deletes their
   * Kubernetes resources. Needs a Zadig Professional or Enterprise license.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  deleteProductionEnvironmentServices(input: OperationInput<'deleteProductionEnvironmentServices'>, options?: CallOptions): Promise<OperationOutput<'deleteProductionEnvironmentServices'>>;
  /**
   * Disable sub environment.
   *
   * Turns a base environment back into an ordinary one: deletes its sub environments, the Zadig EnvoyFilter,
   * Gateways and VirtualServices, removes the namespace's Istio label and restarts the Pods without
   * `istio-proxy`. Poll `checkSubEnvironmentReady` with `op=disable`. Needs a Zadig enterprise license
   * (otherwise 400, code 7050); fails while the environment sleeps.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  disableSubEnvironment(input: OperationInput<'disableSubEnvironment'>, options?: CallOptions): Promise<OperationOutput<'disableSubEnvironment'>>;
  /**
   * Enable sub environment.
   *
   * Makes an environment a base environment that sub environments can share (Istio-based self-test mode): labels
   * its namespace for Istio injection, restarts Pods without the `istio-proxy` sidecar, deploys VirtualServices
   * and the Zadig EnvoyFilter. The work continues after the answer; poll `checkSubEnvironmentReady` with
   * `op=enable`. Needs a Zadig enterprise license (otherwise 400, code 7050); fails while the environment sleeps.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  enableSubEnvironment(input: OperationInput<'enableSubEnvironment'>, options?: CallOptions): Promise<OperationOutput<'enableSubEnvironment'>>;
  /**
   * Get test environment details.
   *
   * Gets a test environment with its global variables and its services' containers, variables and status. Meant
   * for K8s YAML projects.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  getEnvironment(input: OperationInput<'getEnvironment'>, options?: CallOptions): Promise<OperationOutput<'getEnvironment'>>;
  /**
   * Get environment configuration of a test environment.
   *
   * Gets an environment configuration of a test environment with its YAML. A configuration that does not exist is
   * answered with 500 (`not found`).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  getEnvironmentConfig(input: OperationInput<'getEnvironmentConfig'>, options?: CallOptions): Promise<OperationOutput<'getEnvironmentConfig'>>;
  /**
   * Get global variables of a test environment.
   *
   * Gets the global variables of a test environment and the services that use each. Meant for K8s YAML projects.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  getEnvironmentGlobalVariables(input: OperationInput<'getEnvironmentGlobalVariables'>, options?: CallOptions): Promise<OperationOutput<'getEnvironmentGlobalVariables'>>;
  /**
   * Get service details in a test environment.
   *
   * Gets the Kubernetes resources of a service in a test environment: its workloads and their pods, ingresses,
   * Kubernetes Services and CronJobs.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  getEnvironmentService(input: OperationInput<'getEnvironmentService'>, options?: CallOptions): Promise<OperationOutput<'getEnvironmentService'>>;
  /**
   * Get Helm service values in a test environment.
   *
   * Gets all values of a Helm service's release in a test environment (chart defaults merged with the
   * environment's overrides), as plain-text YAML.
   *
   * Zadig v4.0.0 and later.
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  getEnvironmentServiceValues(input: OperationInput<'getEnvironmentServiceValues'>, options?: CallOptions): Promise<OperationOutput<'getEnvironmentServiceValues'>>;
  /**
   * Get K8s service YAML in a test environment.
   *
   * Gets the YAML currently applied for a service of a K8s YAML project in a test environment, as plain text. When
   * the YAML cannot be fetched the server still answers 200, with an empty body. The docs give the path
   * `/openapi/environments/services/yaml`; the server routes `/service/yaml` (see ERRATA.md).
   *
   * Zadig v4.0.0 and later.
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  getEnvironmentServiceYaml(input: OperationInput<'getEnvironmentServiceYaml'>, options?: CallOptions): Promise<OperationOutput<'getEnvironmentServiceYaml'>>;
  /**
   * Get production environment details.
   *
   * Gets a production environment with its global variables and its services' containers, variables and status.
   * Meant for K8s YAML projects. Needs a Zadig Professional or Enterprise license.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  getProductionEnvironment(input: OperationInput<'getProductionEnvironment'>, options?: CallOptions): Promise<OperationOutput<'getProductionEnvironment'>>;
  /**
   * Get environment configuration of a production environment.
   *
   * Gets an environment configuration of a production environment with its YAML. A configuration that does not
   * exist is answered with 500 (`not found`). Needs a Zadig Professional or Enterprise license.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  getProductionEnvironmentConfig(input: OperationInput<'getProductionEnvironmentConfig'>, options?: CallOptions): Promise<OperationOutput<'getProductionEnvironmentConfig'>>;
  /**
   * Get global variables of a production environment.
   *
   * Gets the global variables of a production environment and the services that use each. Meant for K8s YAML
   * projects.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  getProductionEnvironmentGlobalVariables(input: OperationInput<'getProductionEnvironmentGlobalVariables'>, options?: CallOptions): Promise<OperationOutput<'getProductionEnvironmentGlobalVariables'>>;
  /**
   * Get service details in a production environment.
   *
   * Gets the Kubernetes resources of a service in a production environment: its workloads and their pods,
   * ingresses, Kubernetes Services and CronJobs.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  getProductionEnvironmentService(input: OperationInput<'getProductionEnvironmentService'>, options?: CallOptions): Promise<OperationOutput<'getProductionEnvironmentService'>>;
  /**
   * Get Helm service values in a production environment.
   *
   * Gets all values of a Helm service's release in a production environment (chart defaults merged with the
   * environment's overrides), as plain-text YAML.
   *
   * Zadig v4.0.0 and later.
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  getProductionEnvironmentServiceValues(input: OperationInput<'getProductionEnvironmentServiceValues'>, options?: CallOptions): Promise<OperationOutput<'getProductionEnvironmentServiceValues'>>;
  /**
   * Get K8s service YAML in a production environment.
   *
   * Gets the YAML currently applied for a service of a K8s YAML project in a production environment, as plain
   * text. When the YAML cannot be fetched the server still answers 200, with an empty body. The docs give the path
   * `/openapi/environments/production/services/yaml`; the server routes `/production/service/yaml` (see
   * ERRATA.md).
   *
   * Zadig v4.0.0 and later.
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  getProductionEnvironmentServiceYaml(input: OperationInput<'getProductionEnvironmentServiceYaml'>, options?: CallOptions): Promise<OperationOutput<'getProductionEnvironmentServiceYaml'>>;
  /**
   * Get entry service.
   *
   * Gets the entry service of a service in an environment that takes part in environment sharing (a base
   * environment or a sub environment): the Istio ingress gateway's address and the hosts and ports the service
   * is exposed on. Other environments are answered with 400 (code 6079).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  getSubEnvironmentPortalService(input: OperationInput<'getSubEnvironmentPortalService'>, options?: CallOptions): Promise<OperationOutput<'getSubEnvironmentPortalService'>>;
  /**
   * List environment configurations of a test environment.
   *
   * Lists the environment configurations of one type in a test environment.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  listEnvironmentConfigs(input: OperationInput<'listEnvironmentConfigs'>, options?: CallOptions): Promise<OperationOutput<'listEnvironmentConfigs'>>;
  /**
   * List events.
   *
   * Lists the Kubernetes events of one object (a Deployment, a Pod, …) in an environment's namespace, selected by
   * the involved object's name and kind. Works for test and production environments alike. The server checks no
   * project permission on this route and validates none of the query parameters: an unknown environment is
   * answered with 500, an unknown object with an empty list.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  listEnvironmentKubeEvents(input: OperationInput<'listEnvironmentKubeEvents'>, options?: CallOptions): Promise<OperationOutput<'listEnvironmentKubeEvents'>>;
  /**
   * List test environments.
   *
   * Lists the project's test environments the token's user may see. A user without access to the project's
   * environments gets an empty list rather than an error. The docs' example names the key `env_name`; the server
   * sends `env_key` (see ERRATA.md).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  listEnvironments(input: OperationInput<'listEnvironments'>, options?: CallOptions): Promise<OperationOutput<'listEnvironments'>>;
  /**
   * View service pod list (test environment).
   *
   * Lists the Pods of a service's workloads in a test environment, with their status, images and owning workload. Use it to
   * find the `pod_name` to restart.
   *
   * Zadig v4.3.0 and later.
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  listEnvironmentServicePods(input: OperationInput<'listEnvironmentServicePods'>, options?: CallOptions): Promise<OperationOutput<'listEnvironmentServicePods'>>;
  /**
   * List environment configurations of a production environment.
   *
   * Lists the environment configurations of one type in a production environment. Needs a Zadig Professional or
   * Enterprise license.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  listProductionEnvironmentConfigs(input: OperationInput<'listProductionEnvironmentConfigs'>, options?: CallOptions): Promise<OperationOutput<'listProductionEnvironmentConfigs'>>;
  /**
   * List production environments.
   *
   * Lists the project's production environments the token's user may see. Needs a Zadig Professional or Enterprise
   * license.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  listProductionEnvironments(input: OperationInput<'listProductionEnvironments'>, options?: CallOptions): Promise<OperationOutput<'listProductionEnvironments'>>;
  /**
   * View service pod list (production environment).
   *
   * Lists the Pods of a service's workloads in a production environment, with their status, images and owning workload. Use it to
   * find the `pod_name` to restart. Needs a Zadig professional or enterprise license (otherwise 400, code 7050).
   *
   * Zadig v4.3.0 and later.
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  listProductionEnvironmentServicePods(input: OperationInput<'listProductionEnvironmentServicePods'>, options?: CallOptions): Promise<OperationOutput<'listProductionEnvironmentServicePods'>>;
  /**
   * Restart a single pod (test environment).
   *
   * Restarts one Pod of a test environment by deleting it, so that its workload creates a new one. A Pod that does not exist
   * is answered with 400 (code 6153). Only main routes this shape (unreleased):
   * v4.3.0 and v5.0.0 route `restartEnvironmentServicePod`, with the `/service/<serviceName>` segment the English docs show (see
   * ERRATA.md). A client given `zadigVersion` ≤ v5.0.0 sends this call there, and then needs `serviceName`.
   *
   * Zadig unreleased and later.
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  restartEnvironmentPod(input: OperationInput<'restartEnvironmentPod'>, options?: CallOptions): Promise<OperationOutput<'restartEnvironmentPod'>>;
  /**
   * Restart service instance (test environment).
   *
   * Restarts the workloads of a service in a test environment (a rolling restart). In Helm Chart projects it restarts the
   * Deployment, DaemonSet or StatefulSet named like the service; in K8s YAML projects the service's workloads,
   * and a service that is not in the environment is answered with success without doing anything. Fails while
   * the environment sleeps.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  restartEnvironmentService(input: OperationInput<'restartEnvironmentService'>, options?: CallOptions): Promise<OperationOutput<'restartEnvironmentService'>>;
  /**
   * Restart a single pod of a service (test environment, Zadig v4.3.0 – v5.0.0).
   *
   * Restarts one Pod of a test environment by deleting it, so that its workload creates a new one: the route of
   * Zadig v4.3.0 and v5.0.0, with the service segment the English docs show. The server checks that
   * `serviceName` is not empty and that the Pod belongs to that service (400 "pod … does not belong to service …"
   * otherwise; v5.0.0 also refuses Pods of Job workloads), `OpenAPIRestartServicePod` in
   * `core/environment/service/openapi.go`. Newer
   * servers (main) route `restartEnvironmentPod` instead, without the service segment (see ERRATA.md); a client
   * given `zadigVersion` ≤ v5.0.0 sends `restartEnvironmentPod` calls here. A Pod that does not exist is
   * answered with 400 (code 6153).
   *
   * Zadig v4.3.0 to v5.0.0.
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  restartEnvironmentServicePod(input: OperationInput<'restartEnvironmentServicePod'>, options?: CallOptions): Promise<OperationOutput<'restartEnvironmentServicePod'>>;
  /**
   * Restart a single pod (production environment).
   *
   * Restarts one Pod of a production environment by deleting it, so that its workload creates a new one. A Pod that does not exist
   * is answered with 400 (code 6153). Only main routes this shape (unreleased):
   * v4.3.0 and v5.0.0 route `restartProductionEnvironmentServicePod`, with the `/service/<serviceName>` segment the English docs show (see
   * ERRATA.md). A client given `zadigVersion` ≤ v5.0.0 sends this call there, and then needs `serviceName`. Needs a Zadig professional or enterprise license (otherwise 400, code 7050).
   *
   * Zadig unreleased and later.
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  restartProductionEnvironmentPod(input: OperationInput<'restartProductionEnvironmentPod'>, options?: CallOptions): Promise<OperationOutput<'restartProductionEnvironmentPod'>>;
  /**
   * Restart service instance (production environment).
   *
   * Restarts the workloads of a service in a production environment (a rolling restart). In Helm Chart projects it restarts the
   * Deployment, DaemonSet or StatefulSet named like the service; in K8s YAML projects the service's workloads,
   * and a service that is not in the environment is answered with success without doing anything. Fails while
   * the environment sleeps. Needs a Zadig professional or enterprise license (otherwise 400, code 7050).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  restartProductionEnvironmentService(input: OperationInput<'restartProductionEnvironmentService'>, options?: CallOptions): Promise<OperationOutput<'restartProductionEnvironmentService'>>;
  /**
   * Restart a single pod of a service (production environment, Zadig v4.3.0 – v5.0.0).
   *
   * Restarts one Pod of a production environment by deleting it, so that its workload creates a new one: the route of
   * Zadig v4.3.0 and v5.0.0, with the service segment the English docs show. The server checks that
   * `serviceName` is not empty and that the Pod belongs to that service (400 "pod … does not belong to service …"
   * otherwise; v5.0.0 also refuses Pods of Job workloads), `OpenAPIRestartServicePod` in
   * `core/environment/service/openapi.go`. Newer
   * servers (main) route `restartProductionEnvironmentPod` instead, without the service segment (see ERRATA.md); a client
   * given `zadigVersion` ≤ v5.0.0 sends `restartProductionEnvironmentPod` calls here. A Pod that does not exist is
   * answered with 400 (code 6153). Needs a Zadig professional or enterprise license (otherwise 400, code 7050).
   *
   * Zadig v4.3.0 to v5.0.0.
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  restartProductionEnvironmentServicePod(input: OperationInput<'restartProductionEnvironmentServicePod'>, options?: CallOptions): Promise<OperationOutput<'restartProductionEnvironmentServicePod'>>;
  /**
   * Adjust service instance replica count.
   *
   * Sets the replica count of a Deployment, StatefulSet or CloneSet of a service in a test environment. In K8s
   * YAML projects the workload must belong to `service_name`, and the new count is also written to the service
   * variable or global variable that sets it, so later deployments keep it. Fails while the environment sleeps.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  scaleEnvironmentWorkload(input: OperationInput<'scaleEnvironmentWorkload'>, options?: CallOptions): Promise<OperationOutput<'scaleEnvironmentWorkload'>>;
  /**
   * Set entry service.
   *
   * Sets the entry service of a service in a base environment: creates the service's Istio Gateway with the
   * given servers, opens their ports on `istio-ingressgateway` and points the service's VirtualServices at the
   * Gateway. An empty array removes the entry service. The Istio ingress gateway needs a load balancer address.
   * The environment must take part in environment sharing (otherwise 400, code 6079). Needs a Zadig enterprise
   * license (otherwise 400, code 7050).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  setSubEnvironmentPortalService(input: OperationInput<'setSubEnvironmentPortalService'>, options?: CallOptions): Promise<OperationOutput<'setSubEnvironmentPortalService'>>;
  /**
   * View container real-time logs.
   *
   * Streams the log of one container of a Pod in an environment (test or production) as server-sent events:
   * the last `tails` lines, then new lines as they come (follow), one `message` event per line, until the
   * client disconnects or the container stops. If the environment, Pod or container cannot be found the stream
   * simply ends without events. The server checks no project permission on this route.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  streamContainerLogs(input: OperationInput<'streamContainerLogs'>, options?: CallOptions): Promise<OperationOutput<'streamContainerLogs'>>;
  /**
   * Edit test environment.
   *
   * Changes the image registry of a test environment. Meant for K8s YAML projects.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  updateEnvironment(input: OperationInput<'updateEnvironment'>, options?: CallOptions): Promise<OperationOutput<'updateEnvironment'>>;
  /**
   * Update environment configuration.
   *
   * Replaces the YAML of an environment configuration of a test environment and restarts the services that use it.
   * The environment is the body's `env_key`.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  updateEnvironmentConfig(input: OperationInput<'updateEnvironmentConfig'>, options?: CallOptions): Promise<OperationOutput<'updateEnvironmentConfig'>>;
  /**
   * Update CronJob image.
   *
   * Replaces the image of one container of a CronJob in a test environment. In K8s YAML projects the server patches
   * the CronJob and records the image on the service; in Helm Chart projects it upgrades the service's release with
   * the new image. The environment is the body's `env_name`; the path's environment segment is ignored.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  updateEnvironmentCronJobImage(input: OperationInput<'updateEnvironmentCronJobImage'>, options?: CallOptions): Promise<OperationOutput<'updateEnvironmentCronJobImage'>>;
  /**
   * Update Deployment image.
   *
   * Replaces the image of one container of a Deployment in a test environment. In K8s YAML projects the server patches
   * the Deployment and records the image on the service; in Helm Chart projects it upgrades the service's release with
   * the new image. The environment is the body's `env_name`; the path's environment segment is ignored.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  updateEnvironmentDeploymentImage(input: OperationInput<'updateEnvironmentDeploymentImage'>, options?: CallOptions): Promise<OperationOutput<'updateEnvironmentDeploymentImage'>>;
  /**
   * Update global variables of a test environment.
   *
   * Replaces the global variables of a test environment and redeploys the services whose variables use a changed
   * value. Send the whole list (see `UpdateEnvironmentGlobalVariablesRequest`). Needs a Zadig Professional or
   * Enterprise license.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  updateEnvironmentGlobalVariables(input: OperationInput<'updateEnvironmentGlobalVariables'>, options?: CallOptions): Promise<OperationOutput<'updateEnvironmentGlobalVariables'>>;
  /**
   * Update Job image.
   *
   * Replaces the image of one container of a Job in a test environment. In K8s YAML projects the server patches
   * the Job and records the image on the service; in Helm Chart projects it upgrades the service's release with
   * the new image. The environment is the body's `env_name`; the path's environment segment is ignored.
   *
   * Zadig unreleased and later.
   */
  updateEnvironmentJobImage(input: OperationInput<'updateEnvironmentJobImage'>, options?: CallOptions): Promise<OperationOutput<'updateEnvironmentJobImage'>>;
  /**
   * Update services in a test environment.
   *
   * Redeploys services of a test environment with new variable values. Variables left out keep their current
   * values. Meant for K8s YAML projects.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  updateEnvironmentServices(input: OperationInput<'updateEnvironmentServices'>, options?: CallOptions): Promise<OperationOutput<'updateEnvironmentServices'>>;
  /**
   * Update StatefulSet image.
   *
   * Replaces the image of one container of a StatefulSet in a test environment. In K8s YAML projects the server patches
   * the StatefulSet and records the image on the service; in Helm Chart projects it upgrades the service's release with
   * the new image. The environment is the body's `env_name`; the path's environment segment is ignored.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  updateEnvironmentStatefulSetImage(input: OperationInput<'updateEnvironmentStatefulSetImage'>, options?: CallOptions): Promise<OperationOutput<'updateEnvironmentStatefulSetImage'>>;
  /**
   * Edit production environment.
   *
   * Changes the image registry and the display name of a production environment; only project administrators may.
   * Leaving `env_name` out clears the display name. Needs a Zadig Professional or Enterprise license.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  updateProductionEnvironment(input: OperationInput<'updateProductionEnvironment'>, options?: CallOptions): Promise<OperationOutput<'updateProductionEnvironment'>>;
  /**
   * Update environment configuration of a production environment.
   *
   * Meant to replace the YAML of an environment configuration of a production environment. The server checks
   * production-environment permissions but then looks the environment up as a test environment, so production
   * environments are not found. Needs a Zadig Professional or Enterprise license.
   *
   */
  updateProductionEnvironmentConfig(input: OperationInput<'updateProductionEnvironmentConfig'>, options?: CallOptions): Promise<OperationOutput<'updateProductionEnvironmentConfig'>>;
  /**
   * Update global variables of a production environment.
   *
   * Replaces the global variables of a production environment and redeploys the services whose variables use a
   * changed value. Send the whole list (see `UpdateEnvironmentGlobalVariablesRequest`). Needs a Zadig Professional
   * or Enterprise license.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  updateProductionEnvironmentGlobalVariables(input: OperationInput<'updateProductionEnvironmentGlobalVariables'>, options?: CallOptions): Promise<OperationOutput<'updateProductionEnvironmentGlobalVariables'>>;
  /**
   * Update services in a production environment.
   *
   * Redeploys services of a production environment with new variable values. Variables left out keep their current
   * values. Meant for K8s YAML projects. Needs a Zadig Professional or Enterprise license.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/04.enviroment.md
   */
  updateProductionEnvironmentServices(input: OperationInput<'updateProductionEnvironmentServices'>, options?: CallOptions): Promise<OperationOutput<'updateProductionEnvironmentServices'>>;
}

/** The imageRegistry operations: `zadig.imageRegistry.<operationId>(input, options)`. */
export interface ImageRegistryOperations {
  /**
   * Integrate image registry.
   *
   * Integrates an image registry. Needs system administrator rights. The server does not check the
   * credentials against the registry. Invalid fields (address, provider, namespace, ECR region) are answered
   * with 500, not 400 (see ERRATA.md).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v4.3/21.Developer%20Guide/01.OpenAPI%20Docs/13.registry.md
   */
  createRegistry(input: OperationInput<'createRegistry'>, options?: CallOptions): Promise<OperationOutput<'createRegistry'>>;
  /**
   * Get specified image registry information.
   *
   * Gets an image registry, without credentials. Needs system administrator rights. An unknown ID is answered
   * with 500.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v4.3/21.Developer%20Guide/01.OpenAPI%20Docs/13.registry.md
   */
  getRegistry(input: OperationInput<'getRegistry'>, options?: CallOptions): Promise<OperationOutput<'getRegistry'>>;
  /**
   * List image registry information.
   *
   * Lists all image registries, without credentials. Any valid token may call it.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v4.3/21.Developer%20Guide/01.OpenAPI%20Docs/13.registry.md
   */
  listRegistries(input?: OperationInput<'listRegistries'>, options?: CallOptions): Promise<OperationOutput<'listRegistries'>>;
  /**
   * Update specified image registry information.
   *
   * Replaces an image registry's address, provider, region, namespace and default flag; credentials and TLS
   * settings are kept. Needs system administrator rights. Environments using the registry get their image
   * pull secret refreshed when the address changes. The providers `acr-enterprise`, `tcr-enterprise`, `ecr`
   * and `jfrog` need a Zadig Professional or Enterprise license.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v4.3/21.Developer%20Guide/01.OpenAPI%20Docs/13.registry.md
   */
  updateRegistry(input: OperationInput<'updateRegistry'>, options?: CallOptions): Promise<OperationOutput<'updateRegistry'>>;
}

/** The performanceInsight operations: `zadig.performanceInsight.<operationId>(input, options)`. */
export interface PerformanceInsightOperations {
  /**
   * Build data statistics.
   *
   * Counts builds in a period, with one entry per day. Without `startDate` the totals cover all time. The
   * server filters by a single `projectKey`, not the docs' `productNames` list, and applies it to the totals
   * only. With no build statistics recorded in the period the server fails with 500 (see ERRATA.md).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v4.3/21.Developer%20Guide/01.OpenAPI%20Docs/14.date-insight.md
   */
  getInsightBuildStatistics(input?: OperationInput<'getInsightBuildStatistics'>, options?: CallOptions): Promise<OperationOutput<'getInsightBuildStatistics'>>;
  /**
   * Deploy data statistics.
   *
   * Counts deployments to test and production environments, with one entry per week of the period plus the
   * current week. The totals cover all time; the period only selects the weekly entries. The server filters
   * by a single `projectKey`, not the docs' `productNames` list.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v4.3/21.Developer%20Guide/01.OpenAPI%20Docs/14.date-insight.md
   */
  getInsightDeployStatistics(input?: OperationInput<'getInsightDeployStatistics'>, options?: CallOptions): Promise<OperationOutput<'getInsightDeployStatistics'>>;
  /**
   * Data overview.
   *
   * Counts the installation's projects, clusters, services, workflows, environments and delivery artifacts.
   * Any valid API token may call it; the counts cover all projects.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v4.3/21.Developer%20Guide/01.OpenAPI%20Docs/14.date-insight.md
   */
  getInsightOverview(input?: OperationInput<'getInsightOverview'>, options?: CallOptions): Promise<OperationOutput<'getInsightOverview'>>;
  /**
   * Production environment release data statistics.
   *
   * Counts deployment jobs to production environments in a period of at most 365 days, with one entry per day.
   * The server reads `startTime`, `endTime` and `projectKey`, not the docs' `start_time`, `end_time` and
   * `project_name` (see ERRATA.md); a missing time is answered with 400.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v4.3/21.Developer%20Guide/01.OpenAPI%20Docs/14.date-insight.md
   */
  getInsightReleaseStatistics(input: OperationInput<'getInsightReleaseStatistics'>, options?: CallOptions): Promise<OperationOutput<'getInsightReleaseStatistics'>>;
  /**
   * Test data statistics.
   *
   * Counts test cases and test executions in a period, with the executions summed by blocks of seven days.
   * The server filters by a single `projectKey`, not the docs' `productNames` list.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v4.3/21.Developer%20Guide/01.OpenAPI%20Docs/14.date-insight.md
   */
  getInsightTestStatistics(input?: OperationInput<'getInsightTestStatistics'>, options?: CallOptions): Promise<OperationOutput<'getInsightTestStatistics'>>;
  /**
   * Get rollback data.
   *
   * Lists the environment rollbacks of a period of at most 365 days, newest first, one page at a time, with the
   * service (or SAE application) before and after each rollback.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v4.3/21.Developer%20Guide/01.OpenAPI%20Docs/14.date-insight.md
   */
  listInsightRollbacks(input: OperationInput<'listInsightRollbacks'>, options?: CallOptions): Promise<OperationOutput<'listInsightRollbacks'>>;
}

/** The permission operations: `zadig.permission.<operationId>(input, options)`. */
export interface PermissionOperations {
  /**
   * Add project members.
   *
   * Binds one project role to users and user groups, adding them to the project. System administrators and the
   * project's administrators only (others get 403). An unknown role, user or user group, or an `identity_type`
   * other than `user` and `group`, fails with 500.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/20.policy.md
   */
  addProjectMembers(input: OperationInput<'addProjectMembers'>, options?: CallOptions): Promise<OperationOutput<'addProjectMembers'>>;
  /**
   * Create project role.
   *
   * Creates a custom role in a project with the given permission items. System administrators and the
   * project's administrators only (others get 403). A duplicate name or an unknown permission item fails with
   * 500.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/20.policy.md
   */
  createProjectRole(input: OperationInput<'createProjectRole'>, options?: CallOptions): Promise<OperationOutput<'createProjectRole'>>;
  /**
   * Delete project member.
   *
   * Removes all of a user's roles in a project, which removes the user from the project (roles the user holds
   * through a user group stay). System administrators and the project's administrators only (others get 403).
   * Succeeds for a user without roles.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/20.policy.md
   */
  deleteProjectMember(input: OperationInput<'deleteProjectMember'>, options?: CallOptions): Promise<OperationOutput<'deleteProjectMember'>>;
  /**
   * Delete project role.
   *
   * Deletes a project role and its bindings. System administrators and the project's administrators only
   * (others get 403). The server does not check the role's type, and deleting a name the project does not have
   * succeeds. The docs show a request body; the server reads none.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/20.policy.md
   */
  deleteProjectRole(input: OperationInput<'deleteProjectRole'>, options?: CallOptions): Promise<OperationOutput<'deleteProjectRole'>>;
  /**
   * Delete project user group member.
   *
   * Removes all of a user group's roles in a project, which removes the group from the project. System
   * administrators and the project's administrators only (others get 403). Succeeds for a group without roles.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/20.policy.md
   */
  deleteProjectUserGroupMember(input: OperationInput<'deleteProjectUserGroupMember'>, options?: CallOptions): Promise<OperationOutput<'deleteProjectUserGroupMember'>>;
  /**
   * Get project role details.
   *
   * Gets a project role with the permission items it grants, grouped by resource. System administrators and
   * the project's administrators only (others get 403). A role name the project does not have is answered with
   * an empty role (`id` 0), not 404.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/20.policy.md
   */
  getProjectRole(input: OperationInput<'getProjectRole'>, options?: CallOptions): Promise<OperationOutput<'getProjectRole'>>;
  /**
   * List project members.
   *
   * Lists the users and user groups bound to roles in a project, with their roles. System administrators and
   * the project's administrators only (others get 403).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/20.policy.md
   */
  listProjectMembers(input: OperationInput<'listProjectMembers'>, options?: CallOptions): Promise<OperationOutput<'listProjectMembers'>>;
  /**
   * List project permission item definitions.
   *
   * Lists the resources of a project and the permission items (actions) a project role can grant on each.
   * System administrators and the project's administrators only (others get 403).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/20.policy.md
   */
  listProjectResourceActions(input: OperationInput<'listProjectResourceActions'>, options?: CallOptions): Promise<OperationOutput<'listProjectResourceActions'>>;
  /**
   * List project roles.
   *
   * Lists a project's roles, custom roles first. Listing also creates any built-in role the project lacks
   * (from the global role templates). System administrators and the project's administrators only (others get
   * 403).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/20.policy.md
   */
  listProjectRoles(input: OperationInput<'listProjectRoles'>, options?: CallOptions): Promise<OperationOutput<'listProjectRoles'>>;
  /**
   * Update project member roles.
   *
   * Replaces the roles a user holds in a project (roles the project lacks are skipped; an empty list removes
   * them all). System administrators and the project's administrators only (others get 403). An unknown user
   * ID fails with 500 when a role is given.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/20.policy.md
   */
  updateProjectMemberRoles(input: OperationInput<'updateProjectMemberRoles'>, options?: CallOptions): Promise<OperationOutput<'updateProjectMemberRoles'>>;
  /**
   * Edit project role.
   *
   * Replaces the permission items of a custom project role (and its description, when one is given). System
   * administrators and the project's administrators only (others get 403). Built-in (`system`) roles cannot be
   * edited, and a role name the project does not have fails when `actions` is not empty, both with 500.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/20.policy.md
   */
  updateProjectRole(input: OperationInput<'updateProjectRole'>, options?: CallOptions): Promise<OperationOutput<'updateProjectRole'>>;
  /**
   * Update project user group member roles.
   *
   * Replaces the roles a user group holds in a project (roles the project lacks are skipped; an empty list
   * removes them all). System administrators and the project's administrators only (others get 403). An
   * unknown group ID fails with 500 when a role is given.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/20.policy.md
   */
  updateProjectUserGroupRoles(input: OperationInput<'updateProjectUserGroupRoles'>, options?: CallOptions): Promise<OperationOutput<'updateProjectUserGroupRoles'>>;
}

/** The project operations: `zadig.project.<operationId>(input, options)`. */
export interface ProjectOperations {
  /**
   * Create empty project.
   *
   * Creates an empty project, with no services and no environments. Only system administrators may call it.
   * Invalid `project_name`, `project_key` or `project_type` values are rejected with 500, not 400 (see ERRATA.md).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/02.project.md
   */
  createProject(input: OperationInput<'createProject'>, options?: CallOptions): Promise<OperationOutput<'createProject'>>;
  /**
   * Delete project.
   *
   * Deletes a project with its environments, builds, tests, code scans and collaboration modes. System
   * administrators and the project's administrators may call it.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/02.project.md
   */
  deleteProject(input: OperationInput<'deleteProject'>, options?: CallOptions): Promise<OperationOutput<'deleteProject'>>;
  /**
   * Get specific project details.
   *
   * Gets a project's name, key, type, visibility, description and creation information. The caller must be
   * authorized for the project; a project key that does not exist is answered with 403 too.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/02.project.md
   */
  getProject(input: OperationInput<'getProject'>, options?: CallOptions): Promise<OperationOutput<'getProject'>>;
  /**
   * Get project global variables.
   *
   * Gets a project's global variables, for testing and for production environments. The server checks no
   * project permission beyond a valid token.
   *
   */
  getProjectGlobalVariables(input: OperationInput<'getProjectGlobalVariables'>, options?: CallOptions): Promise<OperationOutput<'getProjectGlobalVariables'>>;
  /**
   * Create Helm project and initialize.
   *
   * Creates a Kubernetes Helm Chart project, creates its services from Helm chart templates and then creates
   * its environments with all the services. Only system administrators may call it. Services whose `source`
   * is not `template` pass validation but are skipped (see ERRATA.md).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/02.project.md
   */
  initHelmProject(input: OperationInput<'initHelmProject'>, options?: CallOptions): Promise<OperationOutput<'initHelmProject'>>;
  /**
   * Create YAML project and initialize.
   *
   * Creates a Kubernetes YAML project, creates its services (from a YAML template or from hand-written YAML)
   * and then creates its environments with all the services. Only system administrators may call it.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/02.project.md
   */
  initYamlProject(input: OperationInput<'initYamlProject'>, options?: CallOptions): Promise<OperationOutput<'initYamlProject'>>;
  /**
   * Get project list.
   *
   * Lists projects one page at a time. System administrators see every project; other users see the projects
   * they are authorized for.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/02.project.md
   */
  listProjects(input?: OperationInput<'listProjects'>, options?: CallOptions): Promise<OperationOutput<'listProjects'>>;
}

/** The releasePlan operations: `zadig.releasePlan.<operationId>(input, options)`. */
export interface ReleasePlanOperations {
  /**
   * Create release plan.
   *
   * Creates a release plan in status `planning`, with no jobs (add them with `updateReleasePlan`).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/10.release-plan.md
   */
  createReleasePlan(input: OperationInput<'createReleasePlan'>, options?: CallOptions): Promise<OperationOutput<'createReleasePlan'>>;
  /**
   * Get release plan details.
   *
   * Gets a release plan with its approval configuration, jobs and timeline.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/10.release-plan.md
   */
  getReleasePlan(input: OperationInput<'getReleasePlan'>, options?: CallOptions): Promise<OperationOutput<'getReleasePlan'>>;
  /**
   * List release plans.
   *
   * Lists release plans, highest index first, one page at a time.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/10.release-plan.md
   */
  listReleasePlans(input: OperationInput<'listReleasePlans'>, options?: CallOptions): Promise<OperationOutput<'listReleasePlans'>>;
  /**
   * Update release plan and jobs.
   *
   * Replaces a release plan's fields, approval and jobs. Send the whole plan: fields left out are cleared
   * (see `UpdateReleasePlanRequest`). Not allowed while the plan is executing, waiting for approval or done.
   *
   * Zadig v4.0.0 and later.
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/10.release-plan.md
   */
  updateReleasePlan(input: OperationInput<'updateReleasePlan'>, options?: CallOptions): Promise<OperationOutput<'updateReleasePlan'>>;
}

/** The service operations: `zadig.service.<operationId>(input, options)`. */
export interface ServiceOperations {
  /**
   * Create Helm service.
   *
   * Creates Helm services from charts in an integrated code source, a public GitHub repository or an integrated
   * chart repository. Charts that fail are reported in `failedServices`; the call still succeeds.
   * With `production: true` this needs a Zadig Professional license; without one the server answers error 7050 (status 400).
   *
   * Zadig v5.0.0 and later.
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/05.service.md
   */
  createHelmService(input: OperationInput<'createHelmService'>, options?: CallOptions): Promise<OperationOutput<'createHelmService'>>;
  /**
   * Create Helm service from template.
   *
   * Creates a Helm service from a chart template (see `listChartTemplates`), with values YAML and values for
   * the template's variables. The server takes the project from the `projectKey` query parameter; the body's
   * `project_key` must be non-empty (binding) but its value is not used. With `production: true` non-admin callers need a Zadig Professional license (error
   * 7050, status 400, otherwise).
   *
   * Zadig v4.2.0 and later.
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/05.service.md
   */
  createHelmServiceFromTemplate(input: OperationInput<'createHelmServiceFromTemplate'>, options?: CallOptions): Promise<OperationOutput<'createHelmServiceFromTemplate'>>;
  /**
   * Create production service from template.
   *
   * Creates a production K8s YAML service from a K8s YAML template. The docs list a required `yaml` field; the
   * server has none (the YAML comes from the template). The server does not check the caller's project permissions
   * on this route; a missing `service_name`, `project_key` or `template_name` is answered with 500. Production services need a Zadig Professional license; without one the server answers error 7050 (status 400).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/05.service.md
   */
  createProductionServiceFromTemplate(input: OperationInput<'createProductionServiceFromTemplate'>, options?: CallOptions): Promise<OperationOutput<'createProductionServiceFromTemplate'>>;
  /**
   * Create production service from YAML.
   *
   * Creates a production K8s YAML service from YAML entered by hand, with its variables. A missing
   * `projectKey` is answered with 500 on this route. Production services need a Zadig Professional license; without one the server answers error 7050 (status 400).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/05.service.md
   */
  createProductionServiceFromYaml(input: OperationInput<'createProductionServiceFromYaml'>, options?: CallOptions): Promise<OperationOutput<'createProductionServiceFromYaml'>>;
  /**
   * Create K8s YAML service from code repository.
   *
   * Creates K8s YAML services from YAML files or directories of a repository in an integrated code source
   * (GitHub, GitLab, Gerrit, Gitee or Gitee Enterprise). The repository is given in the query, the project and the
   * paths in the body. With `production=true` this needs a Zadig Professional license; without one the server answers error 7050 (status 400).
   *
   * Zadig unreleased and later.
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/05.service.md
   */
  createServiceFromRepo(input: OperationInput<'createServiceFromRepo'>, options?: CallOptions): Promise<OperationOutput<'createServiceFromRepo'>>;
  /**
   * Create K8s YAML service from code repository (Zadig v5.0.0, code host by id).
   *
   * Creates K8s YAML services from YAML files or directories of a repository in an integrated code source
   * (GitHub, GitLab, Gerrit, Gitee or Gitee Enterprise). The repository is given in the query, the project and the
   * paths in the body. With `production=true` this needs a Zadig Professional license; without one the server answers error 7050 (status 400).
   *
   * Zadig v5.0.0 to v5.0.0.
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/05.service.md
   */
  createServiceFromRepoByCodehostId(input: OperationInput<'createServiceFromRepoByCodehostId'>, options?: CallOptions): Promise<OperationOutput<'createServiceFromRepoByCodehostId'>>;
  /**
   * Create test service from template.
   *
   * Creates a test K8s YAML service from a K8s YAML template of the template library, with values for the
   * template's variables. The project is given in the body (`project_key`). A missing `service_name`,
   * `project_key` or `template_name`, an unknown template and malformed JSON are all answered with 500.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/05.service.md
   */
  createServiceFromTemplate(input: OperationInput<'createServiceFromTemplate'>, options?: CallOptions): Promise<OperationOutput<'createServiceFromTemplate'>>;
  /**
   * Create test service from YAML.
   *
   * Creates a test K8s YAML service from YAML entered by hand, with its variables.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/05.service.md
   */
  createServiceFromYaml(input: OperationInput<'createServiceFromYaml'>, options?: CallOptions): Promise<OperationOutput<'createServiceFromYaml'>>;
  /**
   * Delete production service.
   *
   * Deletes a production K8s YAML service from the project. Production services need a Zadig Professional license; without one the server answers error 7050 (status 400).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/05.service.md
   */
  deleteProductionService(input: OperationInput<'deleteProductionService'>, options?: CallOptions): Promise<OperationOutput<'deleteProductionService'>>;
  /**
   * Delete test service.
   *
   * Deletes a test K8s YAML service from the project.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/05.service.md
   */
  deleteService(input: OperationInput<'deleteService'>, options?: CallOptions): Promise<OperationOutput<'deleteService'>>;
  /**
   * Get production service details.
   *
   * Gets a production K8s YAML service: its YAML, components and variables. A service that does not exist is
   * answered with 500, not 404. Production services need a Zadig Professional license; without one the server answers error 7050 (status 400).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/05.service.md
   */
  getProductionService(input: OperationInput<'getProductionService'>, options?: CallOptions): Promise<OperationOutput<'getProductionService'>>;
  /**
   * Get test service details.
   *
   * Gets a test K8s YAML service: its YAML, components and variables. A service that does not exist is
   * answered with 500, not 404.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/05.service.md
   */
  getService(input: OperationInput<'getService'>, options?: CallOptions): Promise<OperationOutput<'getService'>>;
  /**
   * List chart templates.
   *
   * Lists the chart templates of the template library and the system variables chart templates may use. Needs
   * system admin or the template library's view permission. The docs' API overview lists the route, but no page
   * describes it.
   *
   * Zadig unreleased and later.
   */
  listChartTemplates(input?: OperationInput<'listChartTemplates'>, options?: CallOptions): Promise<OperationOutput<'listChartTemplates'>>;
  /**
   * List production services.
   *
   * Lists the production services of a project with their components (containers). Production services need a Zadig Professional license; without one the server answers error 7050 (status 400).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/05.service.md
   */
  listProductionServices(input: OperationInput<'listProductionServices'>, options?: CallOptions): Promise<OperationOutput<'listProductionServices'>>;
  /**
   * Get service labels.
   *
   * Lists the labels bound to a service. The undocumented `production` query parameter picks the test or the
   * production service; without it the labels of both are listed. The server routes
   * `/openapi/service/yaml/production/labels` to `getProductionService`, so a service named `production` cannot be
   * reached here.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/05.service.md
   */
  listServiceLabels(input: OperationInput<'listServiceLabels'>, options?: CallOptions): Promise<OperationOutput<'listServiceLabels'>>;
  /**
   * List test services.
   *
   * Lists the test services of a project with their components (containers). The server answers with a bare
   * array; the docs' example wraps it in a `service` object (see ERRATA.md).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/05.service.md
   */
  listServices(input: OperationInput<'listServices'>, options?: CallOptions): Promise<OperationOutput<'listServices'>>;
  /**
   * Update production service configuration.
   *
   * Replaces the YAML of a production K8s YAML service; its variables are kept. Services created from a
   * template with `auto_sync` on cannot be updated (error 6092). Production services need a Zadig Professional license; without one the server answers error 7050 (status 400).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/05.service.md
   */
  updateProductionServiceConfig(input: OperationInput<'updateProductionServiceConfig'>, options?: CallOptions): Promise<OperationOutput<'updateProductionServiceConfig'>>;
  /**
   * Update production service variables.
   *
   * Changes variables of a production K8s YAML service. Only keys the service already has are changed, each
   * with its whole definition (`value`, `type`, `options`, `desc`); other keys are ignored. A body without
   * `service_variable_kvs` is answered with 500. Production services need a Zadig Professional license; without one the server answers error 7050 (status 400).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/05.service.md
   */
  updateProductionServiceVariables(input: OperationInput<'updateProductionServiceVariables'>, options?: CallOptions): Promise<OperationOutput<'updateProductionServiceVariables'>>;
  /**
   * Update test service configuration.
   *
   * Replaces the YAML of a test K8s YAML service; its variables are kept. Services created from a template
   * with `auto_sync` on cannot be updated (error 6092).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/05.service.md
   */
  updateServiceConfig(input: OperationInput<'updateServiceConfig'>, options?: CallOptions): Promise<OperationOutput<'updateServiceConfig'>>;
  /**
   * Update test service variables.
   *
   * Changes variables of a test K8s YAML service. Only keys the service already has are changed, each with its
   * whole definition (`value`, `type`, `options`, `desc`); other keys are ignored. A body without
   * `service_variable_kvs` is answered with 500. A service named `production` cannot be reached on this route (the
   * server routes `/openapi/service/yaml/production/variable` to `updateProductionServiceConfig`).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/05.service.md
   */
  updateServiceVariables(input: OperationInput<'updateServiceVariables'>, options?: CallOptions): Promise<OperationOutput<'updateServiceVariables'>>;
}

/** The system operations: `zadig.system.<operationId>(input, options)`. */
export interface SystemOperations {
  /**
   * Get Zadig CLI context.
   *
   * Returns the user the API token belongs to and the request's ID; for a system administrator also the Zadig
   * edition, license status, licensed features and server version, which the server asks the license service
   * for. Zadig CLI and other clients call it to check a token (200 means it works) and to show the identity and,
   * for administrators, the server version. Regular users never receive the version or license fields. For an
   * administrator the call fails with 500 when the license service cannot be reached.
   *
   * Zadig v5.0.0 and later.
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/22.system.md
   */
  getCliContext(input?: OperationInput<'getCliContext'>, options?: CallOptions): Promise<OperationOutput<'getCliContext'>>;
  /**
   * List environment operation logs.
   *
   * Lists the operation logs of one environment (logs of scene `environment` whose targets include
   * `envName`), newest first, one page at a time, filtered by one further criterion chosen with
   * `searchType`. Needs a system administrator (403 otherwise).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/22.system.md
   */
  listEnvironmentOperationLogs(input: OperationInput<'listEnvironmentOperationLogs'>, options?: CallOptions): Promise<OperationOutput<'listEnvironmentOperationLogs'>>;
  /**
   * List system operation logs.
   *
   * Lists the operation (audit) logs of the whole installation, newest first, one page at a time, filtered by
   * one criterion chosen with `searchType`: only the matching filter parameter is read, the others are
   * ignored. Needs a system administrator or the permission to view operation logs (403 otherwise).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/22.system.md
   */
  listSystemOperationLogs(input: OperationInput<'listSystemOperationLogs'>, options?: CallOptions): Promise<OperationOutput<'listSystemOperationLogs'>>;
}

/** The test operations: `zadig.test.<operationId>(input, options)`. */
export interface TestOperations {
  /**
   * Execute test task.
   *
   * Runs a test. `repo_info` overrides branches, pull requests or commits of repositories already configured in
   * the test, and `inputs` overrides values of the test's configured variables; everything else comes from the
   * test's configuration. A missing test, an unknown repository or input and Perforce overrides are answered
   * with 500.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/07.test.md
   */
  createTestTask(input: OperationInput<'createTestTask'>, options?: CallOptions): Promise<OperationOutput<'createTestTask'>>;
  /**
   * Get test information.
   *
   * Gets the runtime inputs a test accepts. Values of credential inputs are not returned; `has_value` tells
   * whether one is configured. Needs the project's test execute permission.
   *
   * Zadig unreleased and later.
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/07.test.md
   */
  getTest(input: OperationInput<'getTest'>, options?: CallOptions): Promise<OperationOutput<'getTest'>>;
  /**
   * Get test task details.
   *
   * Gets a test task's status and times and, once it has passed, its JUnit test report. The server requires
   * `projectKey` but finds the task by test name and task ID alone (see ERRATA.md); a missing task is answered
   * with 500.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/07.test.md
   */
  getTestTask(input: OperationInput<'getTestTask'>, options?: CallOptions): Promise<OperationOutput<'getTestTask'>>;
}

/** The user operations: `zadig.user.<operationId>(input, options)`. */
export interface UserOperations {
  /**
   * Delete user.
   *
   * Deletes a user with its login record, role bindings, MFA settings, user settings and collaboration-mode
   * entries, and invalidates the user's token; system administrators only (others get 403). Deleting an ID
   * that does not exist succeeds.
   *
   * Zadig v4.0.0 and later.
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/21.user.md
   */
  deleteUser(input: OperationInput<'deleteUser'>, options?: CallOptions): Promise<OperationOutput<'deleteUser'>>;
  /**
   * Get user details.
   *
   * Gets one user's account details. System administrators may read any user; other users only themselves (403
   * otherwise). An unknown ID makes the handler fail with a 500 and an empty body.
   *
   */
  getUser(input: OperationInput<'getUser'>, options?: CallOptions): Promise<OperationOutput<'getUser'>>;
  /**
   * List user groups.
   *
   * Lists user groups, most recently updated first, one page at a time. System administrators only (others get
   * 403), and only on installations with an enterprise license (otherwise a license error, code 7050, sent as
   * 400).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/21.user.md
   */
  listUserGroups(input?: OperationInput<'listUserGroups'>, options?: CallOptions): Promise<OperationOutput<'listUserGroups'>>;
  /**
   * List users.
   *
   * Lists the system's users, by account name, one page at a time; system administrators only (others get
   * 403). With `account` the server looks up that exact account instead (paging, `name` and `roles` are
   * ignored); without it, `name`, `roles` and `mfa_enabled` filter the list.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/21.user.md
   */
  listUsers(input?: OperationInput<'listUsers'>, options?: CallOptions): Promise<OperationOutput<'listUsers'>>;
}

/** The workflow operations: `zadig.workflow.<operationId>(input, options)`. */
export interface WorkflowOperations {
  /**
   * Approve a workflow task.
   *
   * Approves or rejects a native (Zadig) approval that a running task waits for, as the token's user, who must be
   * one of the approvers. `stage_name` is the name of the approval job task (see `ApproveWorkflowTaskRequest`).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/03.workflow-api.md
   */
  approveWorkflowTask(input: OperationInput<'approveWorkflowTask'>, options?: CallOptions): Promise<OperationOutput<'approveWorkflowTask'>>;
  /**
   * Cancel a workflow task.
   *
   * Cancels a workflow task that has not finished. Cancelling a finished or unknown task is answered with 400
   * (code 6163).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/03.workflow-api.md
   */
  cancelWorkflowTask(input: OperationInput<'cancelWorkflowTask'>, options?: CallOptions): Promise<OperationOutput<'cancelWorkflowTask'>>;
  /**
   * Create a workflow.
   *
   * Creates a custom workflow from its definition. The server reads the body as YAML (JSON is valid YAML), so the
   * workflow's YAML view in Zadig, converted to JSON, is the easiest source. With `viewName` the workflow is also
   * added to that view.
   *
   * Zadig v5.0.0 and later.
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/03.workflow-api.md
   */
  createWorkflow(input: OperationInput<'createWorkflow'>, options?: CallOptions): Promise<OperationOutput<'createWorkflow'>>;
  /**
   * Create a pre-approval form.
   *
   * Records a pre-approval ticket from a third-party approval system. Workflows that require a ticket can then
   * run within its environment, service, user and time limits. Needs a Zadig professional license.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/03.workflow-api.md
   */
  createWorkflowApprovalTicket(input: OperationInput<'createWorkflowApprovalTicket'>, options?: CallOptions): Promise<OperationOutput<'createWorkflowApprovalTicket'>>;
  /**
   * Create a workflow view.
   *
   * Creates a workflow view in a project with the workflows listed. Needs project administrator rights.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/03.workflow-api.md
   */
  createWorkflowView(input: OperationInput<'createWorkflowView'>, options?: CallOptions): Promise<OperationOutput<'createWorkflowView'>>;
  /**
   * Delete a product workflow (Zadig v3.4).
   *
   * Deletes a product workflow, the workflow type Zadig v4.0.0 removed. The server checks `workflowKey` (400
   * when empty) and uses `projectKey` only for the permission check: callers who are not system administrators
   * need it (403 otherwise).
   *
   * Zadig v3.4.0 to v3.4.0.
   */
  deleteProductWorkflow(input: OperationInput<'deleteProductWorkflow'>, options?: CallOptions): Promise<OperationOutput<'deleteProductWorkflow'>>;
  /**
   * Delete a workflow.
   *
   * Deletes a custom workflow by key. The server uses `projectKey` only for the permission check (users who are
   * not system administrators need it).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/03.workflow-api.md
   */
  deleteWorkflow(input: OperationInput<'deleteWorkflow'>, options?: CallOptions): Promise<OperationOutput<'deleteWorkflow'>>;
  /**
   * Delete a workflow view.
   *
   * Deletes a workflow view; the workflows themselves stay. Needs project administrator rights. An unknown view
   * is answered with 400 (code 6894).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/03.workflow-api.md
   */
  deleteWorkflowView(input: OperationInput<'deleteWorkflowView'>, options?: CallOptions): Promise<OperationOutput<'deleteWorkflowView'>>;
  /**
   * Run a product workflow (Zadig v3.4).
   *
   * Starts a task of a product workflow, the workflow type Zadig v4.0.0 removed, from the workflow's preset for
   * `input.target_env`: with `build.enabled` the listed service modules are built (branches, pull requests and
   * build variables overridden) and, with `deploy.enabled` too, deployed (then `deploy.source` must be `zadig`);
   * with only `deploy.enabled` the listed images are deployed. The server checks `workflow_key`, `project_key`
   * and `input` (`OpenAPICreateProductWorkflowTaskArgs.Validate`); a body that is not JSON is answered with 400.
   *
   * Zadig v3.4.0 to v3.4.0.
   */
  executeProductWorkflow(input: OperationInput<'executeProductWorkflow'>, options?: CallOptions): Promise<OperationOutput<'executeProductWorkflow'>>;
  /**
   * Execute a workflow.
   *
   * Runs a custom workflow. Jobs listed in `inputs` run with those inputs applied to their configuration; the
   * other jobs are skipped. Workflows that need a pre-approval ticket cannot be run through the OpenAPI.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/03.workflow-api.md
   */
  executeWorkflow(input: OperationInput<'executeWorkflow'>, options?: CallOptions): Promise<OperationOutput<'executeWorkflow'>>;
  /**
   * Manually execute a workflow stage.
   *
   * Starts the stage of a paused task that waits for manual execution. The token's user needs permission to run
   * the workflow and must be one of the stage's executors.
   *
   * Zadig v5.0.0 and later.
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/03.workflow-api.md
   */
  executeWorkflowTaskManualStage(input: OperationInput<'executeWorkflowTaskManualStage'>, options?: CallOptions): Promise<OperationOutput<'executeWorkflowTaskManualStage'>>;
  /**
   * Get a product workflow task (Zadig v3.4).
   *
   * Gets one task (run) of a product workflow, the workflow type Zadig v4.0.0 removed: who started it, when, and
   * its status (lower-cased). The server checks `projectKey` is present and `taskID` is an integer (400
   * otherwise).
   *
   * Zadig v3.4.0 to v3.4.0.
   */
  getProductWorkflowTask(input: OperationInput<'getProductWorkflowTask'>, options?: CallOptions): Promise<OperationOutput<'getProductWorkflowTask'>>;
  /**
   * Get workflow details.
   *
   * Gets a custom workflow's configuration: variables, stages and jobs, notifications, shared volumes and
   * concurrency. The server looks the workflow up by key alone and echoes `projectKey` as `project_key`.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/03.workflow-api.md
   */
  getWorkflow(input: OperationInput<'getWorkflow'>, options?: CallOptions): Promise<OperationOutput<'getWorkflow'>>;
  /**
   * Get workflow task details.
   *
   * Gets a workflow task with its variables, stages and jobs, each job with a summary of what it ran. A task
   * that does not exist is answered with 500 (`mongo: no documents in result`).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/03.workflow-api.md
   */
  getWorkflowTask(input: OperationInput<'getWorkflowTask'>, options?: CallOptions): Promise<OperationOutput<'getWorkflowTask'>>;
  /**
   * View complete workflow task logs.
   *
   * Gets the complete log of a finished job of a workflow task as plain text, from the object storage the job
   * saved it to. A job without a saved log gives an empty body.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/03.workflow-api.md
   */
  getWorkflowTaskJobLogs(input: OperationInput<'getWorkflowTaskJobLogs'>, options?: CallOptions): Promise<OperationOutput<'getWorkflowTaskJobLogs'>>;
  /**
   * Get workflow manual execution context.
   *
   * Returns the stage of a paused task that waits for manual execution, its configured executors and whether the
   * token's user may start it. A task that is not paused on such a stage is answered with 500.
   *
   * Zadig v5.0.0 and later.
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/03.workflow-api.md
   */
  getWorkflowTaskManualExecContext(input: OperationInput<'getWorkflowTaskManualExecContext'>, options?: CallOptions): Promise<OperationOutput<'getWorkflowTaskManualExecContext'>>;
  /**
   * List product workflow tasks (Zadig v3.4).
   *
   * Lists the tasks (runs) of a product workflow, the workflow type Zadig v4.0.0 removed, newest first, one page
   * at a time. The server checks `projectKey` is present (400 otherwise) but lists by workflow key; `pageNum` and
   * `pageSize` default to 1 and 10. The answer is a bare array (no total).
   *
   * Zadig v3.4.0 to v3.4.0.
   */
  listProductWorkflowTasks(input: OperationInput<'listProductWorkflowTasks'>, options?: CallOptions): Promise<OperationOutput<'listProductWorkflowTasks'>>;
  /**
   * List workflows.
   *
   * Lists a project's workflows: custom workflows, then legacy product workflows (`type` `product`). With
   * `viewName`, only the workflows enabled in that view; a view that does not exist is ignored (all workflows).
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/03.workflow-api.md
   */
  listWorkflows(input: OperationInput<'listWorkflows'>, options?: CallOptions): Promise<OperationOutput<'listWorkflows'>>;
  /**
   * List workflow tasks.
   *
   * Lists a workflow's tasks (runs), newest first, one page at a time. `projectKey` only filters the tasks and is
   * echoed as `project_key`; the server does not require it.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/03.workflow-api.md
   */
  listWorkflowTasks(input: OperationInput<'listWorkflowTasks'>, options?: CallOptions): Promise<OperationOutput<'listWorkflowTasks'>>;
  /**
   * List workflow views.
   *
   * Lists a project's workflow views, each with the workflows enabled in it.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/03.workflow-api.md
   */
  listWorkflowViews(input: OperationInput<'listWorkflowViews'>, options?: CallOptions): Promise<OperationOutput<'listWorkflowViews'>>;
  /**
   * Retry a workflow task.
   *
   * Retries a workflow task that failed, timed out, was cancelled or was rejected; tasks in any other status are
   * answered with 500. `projectKey` is only written to the operation log; the server does not require it.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/03.workflow-api.md
   */
  retryWorkflowTask(input: OperationInput<'retryWorkflowTask'>, options?: CallOptions): Promise<OperationOutput<'retryWorkflowTask'>>;
  /**
   * View real-time workflow task logs.
   *
   * Streams the log of a running job of a workflow task as server-sent events (`event:message`, one log line per
   * `data:`), starting with the last `lines` lines, until the job ends or the client disconnects.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/03.workflow-api.md
   */
  streamWorkflowTaskJobLogs(input: OperationInput<'streamWorkflowTaskJobLogs'>, options?: CallOptions): Promise<OperationOutput<'streamWorkflowTaskJobLogs'>>;
  /**
   * Update a workflow.
   *
   * Replaces a custom workflow's definition with the body (read as YAML, like `createWorkflow`). Send the whole
   * workflow; its `name` should be the key in the path, as the server stores the body's `name`.
   *
   * Zadig v5.0.0 and later.
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/03.workflow-api.md
   */
  updateWorkflow(input: OperationInput<'updateWorkflow'>, options?: CallOptions): Promise<OperationOutput<'updateWorkflow'>>;
  /**
   * Update a workflow task's remark.
   *
   * Sets the remark of a workflow task. The token's user needs permission to run the workflow.
   *
   */
  updateWorkflowTaskRemark(input: OperationInput<'updateWorkflowTaskRemark'>, options?: CallOptions): Promise<OperationOutput<'updateWorkflowTaskRemark'>>;
  /**
   * Edit a workflow view.
   *
   * Adds workflows to a view or removes them (`enabled`); workflows not listed keep their state. Needs project
   * administrator rights. An unknown view is answered with 500.
   *
   * @see https://github.com/koderover/zadig-doc/blob/HEAD/en/Zadig%20v5.0/21.Developer%20Guide/01.OpenAPI%20Docs/03.workflow-api.md
   */
  updateWorkflowView(input: OperationInput<'updateWorkflowView'>, options?: CallOptions): Promise<OperationOutput<'updateWorkflowView'>>;
}

/** The operation layer: operations grouped by module, e.g. `zadig.delivery.listReleases(...)`. */
export interface OperationGroups {
  artifactManagement: ArtifactManagementOperations;
  build: BuildOperations;
  cluster: ClusterOperations;
  codeScan: CodeScanOperations;
  collaborationMode: CollaborationModeOperations;
  delivery: DeliveryOperations;
  environment: EnvironmentOperations;
  imageRegistry: ImageRegistryOperations;
  performanceInsight: PerformanceInsightOperations;
  permission: PermissionOperations;
  project: ProjectOperations;
  releasePlan: ReleasePlanOperations;
  service: ServiceOperations;
  system: SystemOperations;
  test: TestOperations;
  user: UserOperations;
  workflow: WorkflowOperations;
}

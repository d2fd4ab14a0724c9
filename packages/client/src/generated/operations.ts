/**
 * Generated from @zadig-ts/openapi's operations.json by packages/client/scripts/generate-operations.mjs.
 * Do not edit; run `pnpm --filter @zadig-ts/client generate`.
 */

/** The Zadig releases the spec tracks, oldest first; `main` (the development branch) last. */
export const TRACKED_RELEASES = ["v3.4.0","v4.0.0","v4.1.0","v4.2.0","v4.2.1","v4.3.0","v5.0.0","main"] as const;

/** The day each tracked release was cut (main: its newest commit the spec was checked against). */
export const RELEASE_DATES = {"v3.4.0":"2025-05-06","v4.0.0":"2025-08-29","v4.1.0":"2025-12-03","v4.2.0":"2026-02-12","v4.2.1":"2026-03-23","v4.3.0":"2026-05-15","v5.0.0":"2026-07-31","main":"2026-08-21"} as const;

/** What the operation layer knows of one operation. */
export interface OperationEntry {
  readonly group: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  readonly body?: 'required' | 'optional' | undefined;
  readonly responseType?: string | undefined;
  /** The field of a paginated operation's answer that holds the list. */
  readonly list?: string | undefined;
  readonly deprecated?: boolean | undefined;
  readonly since: string;
  readonly until?: string | undefined;
}

/** The operationIds of the spec. */
export type TableOperationId =
  | 'addEnvironmentServices'
  | 'addHelmEnvironmentServices'
  | 'addProductionEnvironmentServices'
  | 'addProjectMembers'
  | 'approveWorkflowTask'
  | 'cancelWorkflowTask'
  | 'checkClusterIstio'
  | 'checkSubEnvironmentReady'
  | 'checkSubEnvironmentWorkloadServices'
  | 'createBuild'
  | 'createCluster'
  | 'createCodeScan'
  | 'createCodeScanTask'
  | 'createCollaborationMode'
  | 'createEnvironment'
  | 'createEnvironmentConfig'
  | 'createHelmEnvironment'
  | 'createHelmRelease'
  | 'createHelmService'
  | 'createHelmServiceFromTemplate'
  | 'createK8sRelease'
  | 'createProductionEnvironment'
  | 'createProductionEnvironmentConfig'
  | 'createProductionServiceFromTemplate'
  | 'createProductionServiceFromYaml'
  | 'createProject'
  | 'createProjectRole'
  | 'createRegistry'
  | 'createReleasePlan'
  | 'createServiceFromRepo'
  | 'createServiceFromRepoByCodehostId'
  | 'createServiceFromTemplate'
  | 'createServiceFromYaml'
  | 'createTestTask'
  | 'createWorkflow'
  | 'createWorkflowApprovalTicket'
  | 'createWorkflowView'
  | 'deleteBuild'
  | 'deleteCluster'
  | 'deleteCollaborationMode'
  | 'deleteEnvironment'
  | 'deleteEnvironmentConfig'
  | 'deleteEnvironmentServices'
  | 'deleteProductionEnvironment'
  | 'deleteProductionEnvironmentConfig'
  | 'deleteProductionEnvironmentServices'
  | 'deleteProductionService'
  | 'deleteProductWorkflow'
  | 'deleteProject'
  | 'deleteProjectMember'
  | 'deleteProjectRole'
  | 'deleteProjectUserGroupMember'
  | 'deleteRelease'
  | 'deleteService'
  | 'deleteUser'
  | 'deleteWorkflow'
  | 'deleteWorkflowView'
  | 'disableSubEnvironment'
  | 'enableSubEnvironment'
  | 'executeProductWorkflow'
  | 'executeWorkflow'
  | 'executeWorkflowTaskManualStage'
  | 'getArtifactTrace'
  | 'getBuild'
  | 'getCliContext'
  | 'getCodeScanTask'
  | 'getEnvironment'
  | 'getEnvironmentConfig'
  | 'getEnvironmentGlobalVariables'
  | 'getEnvironmentService'
  | 'getEnvironmentServiceValues'
  | 'getEnvironmentServiceYaml'
  | 'getInsightBuildStatistics'
  | 'getInsightDeployStatistics'
  | 'getInsightOverview'
  | 'getInsightReleaseStatistics'
  | 'getInsightTestStatistics'
  | 'getProductionEnvironment'
  | 'getProductionEnvironmentConfig'
  | 'getProductionEnvironmentGlobalVariables'
  | 'getProductionEnvironmentService'
  | 'getProductionEnvironmentServiceValues'
  | 'getProductionEnvironmentServiceYaml'
  | 'getProductionService'
  | 'getProductWorkflowTask'
  | 'getProject'
  | 'getProjectGlobalVariables'
  | 'getProjectRole'
  | 'getRegistry'
  | 'getRelease'
  | 'getReleaseById'
  | 'getReleasePlan'
  | 'getService'
  | 'getSubEnvironmentPortalService'
  | 'getTest'
  | 'getTestTask'
  | 'getUser'
  | 'getWorkflow'
  | 'getWorkflowTask'
  | 'getWorkflowTaskJobLogs'
  | 'getWorkflowTaskManualExecContext'
  | 'initHelmProject'
  | 'initYamlProject'
  | 'listArtifactReleases'
  | 'listBuilds'
  | 'listChartTemplates'
  | 'listClusters'
  | 'listEnvironmentConfigs'
  | 'listEnvironmentKubeEvents'
  | 'listEnvironmentOperationLogs'
  | 'listEnvironments'
  | 'listEnvironmentServicePods'
  | 'listInsightRollbacks'
  | 'listProductionEnvironmentConfigs'
  | 'listProductionEnvironments'
  | 'listProductionEnvironmentServicePods'
  | 'listProductionServices'
  | 'listProductWorkflowTasks'
  | 'listProjectMembers'
  | 'listProjectResourceActions'
  | 'listProjectRoles'
  | 'listProjects'
  | 'listRegistries'
  | 'listReleasePlans'
  | 'listReleases'
  | 'listServiceLabels'
  | 'listServices'
  | 'listSystemOperationLogs'
  | 'listUserGroups'
  | 'listUsers'
  | 'listWorkflows'
  | 'listWorkflowTasks'
  | 'listWorkflowViews'
  | 'restartEnvironmentPod'
  | 'restartEnvironmentService'
  | 'restartEnvironmentServicePod'
  | 'restartProductionEnvironmentPod'
  | 'restartProductionEnvironmentService'
  | 'restartProductionEnvironmentServicePod'
  | 'retryRelease'
  | 'retryWorkflowTask'
  | 'scaleEnvironmentWorkload'
  | 'setSubEnvironmentPortalService'
  | 'streamContainerLogs'
  | 'streamWorkflowTaskJobLogs'
  | 'updateBuild'
  | 'updateBuildFromTemplate'
  | 'updateCluster'
  | 'updateEnvironment'
  | 'updateEnvironmentConfig'
  | 'updateEnvironmentCronJobImage'
  | 'updateEnvironmentDeploymentImage'
  | 'updateEnvironmentGlobalVariables'
  | 'updateEnvironmentJobImage'
  | 'updateEnvironmentServices'
  | 'updateEnvironmentStatefulSetImage'
  | 'updateProductionEnvironment'
  | 'updateProductionEnvironmentConfig'
  | 'updateProductionEnvironmentGlobalVariables'
  | 'updateProductionEnvironmentServices'
  | 'updateProductionServiceConfig'
  | 'updateProductionServiceVariables'
  | 'updateProjectMemberRoles'
  | 'updateProjectRole'
  | 'updateProjectUserGroupRoles'
  | 'updateRegistry'
  | 'updateReleasePlan'
  | 'updateServiceConfig'
  | 'updateServiceVariables'
  | 'updateWorkflow'
  | 'updateWorkflowTaskRemark'
  | 'updateWorkflowView';

/** The paginated operations, each with the field of its answer that holds the list. */
export interface ListFields {
  listBuilds: 'builds';
  listInsightRollbacks: 'list';
  listProductWorkflowTasks: 'list';
  listProjects: 'projects';
  listReleasePlans: 'list';
  listReleases: 'list';
  listUserGroups: 'group_list';
  listUsers: 'list';
  listWorkflowTasks: 'workflow_tasks';
}

/**
 * Operations whose route moved between releases. The spec has one operation per shape, each marked with the
 * releases that route it; a call to the newer one, on a release that only routes the older one (`to`), is
 * sent as the older one. `needs` are the inputs only the older shape takes (see `RerouteInputs`).
 */
export const MOVED_ROUTES: { readonly [id: string]: { readonly to: TableOperationId; readonly needs: readonly string[] } } = {
  createServiceFromRepo: {"to":"createServiceFromRepoByCodehostId","needs":["codehostId"]},
  restartEnvironmentPod: {"to":"restartEnvironmentServicePod","needs":["serviceName"]},
  restartProductionEnvironmentPod: {"to":"restartProductionEnvironmentServicePod","needs":["serviceName"]},
};

/**
 * Inputs an operation accepts beyond its own parameters, used only when the client's `zadigVersion` routes
 * it the older way (`MOVED_ROUTES`).
 */
export interface RerouteInputs {
  createServiceFromRepo: { codehostId?: number | undefined };
  restartEnvironmentPod: { serviceName?: string | undefined };
  restartProductionEnvironmentPod: { serviceName?: string | undefined };
}

/** One entry per operation of the spec, keyed by operationId. Declared with a plain type, so declarations stay small. */
export const operationTable: { readonly [K in TableOperationId]: OperationEntry } = {
  addEnvironmentServices: {"group":"environment","method":"POST","path":"/openapi/environments/service/yaml","pathParams":[],"queryParams":["projectKey"],"body":"required","since":"v3.4.0"},
  addHelmEnvironmentServices: {"group":"environment","method":"POST","path":"/openapi/environments/helm/{envName}/services","pathParams":["envName"],"queryParams":["projectKey"],"body":"required","since":"v4.2.0"},
  addProductionEnvironmentServices: {"group":"environment","method":"POST","path":"/openapi/environments/production/service/yaml","pathParams":[],"queryParams":["projectKey"],"body":"required","since":"v3.4.0"},
  addProjectMembers: {"group":"permission","method":"POST","path":"/openapi/policy/role-bindings","pathParams":[],"queryParams":["namespace"],"body":"required","since":"v3.4.0"},
  approveWorkflowTask: {"group":"workflow","method":"POST","path":"/openapi/workflows/custom/task/approve","pathParams":[],"queryParams":[],"body":"required","since":"v3.4.0"},
  cancelWorkflowTask: {"group":"workflow","method":"DELETE","path":"/openapi/workflows/custom/task","pathParams":[],"queryParams":["taskId","workflowKey"],"since":"v3.4.0"},
  checkClusterIstio: {"group":"cluster","method":"GET","path":"/openapi/cluster/istio/check/{id}","pathParams":["id"],"queryParams":[],"since":"v3.4.0"},
  checkSubEnvironmentReady: {"group":"environment","method":"GET","path":"/openapi/environments/{envName}/check/sharenv/{op}/ready","pathParams":["envName","op"],"queryParams":["projectKey"],"since":"v3.4.0"},
  checkSubEnvironmentWorkloadServices: {"group":"environment","method":"GET","path":"/openapi/environments/{envName}/check/workloads/k8services","pathParams":["envName"],"queryParams":["projectKey"],"since":"v3.4.0"},
  createBuild: {"group":"build","method":"POST","path":"/openapi/build","pathParams":[],"queryParams":["source"],"body":"required","since":"v3.4.0"},
  createCluster: {"group":"cluster","method":"POST","path":"/openapi/system/cluster","pathParams":[],"queryParams":[],"body":"required","since":"v3.4.0"},
  createCodeScan: {"group":"codeScan","method":"POST","path":"/openapi/quality/codescan","pathParams":[],"queryParams":[],"body":"required","since":"v3.4.0"},
  createCodeScanTask: {"group":"codeScan","method":"POST","path":"/openapi/quality/codescan/{scanName}/task","pathParams":["scanName"],"queryParams":["projectKey"],"body":"required","since":"v3.4.0"},
  createCollaborationMode: {"group":"collaborationMode","method":"POST","path":"/openapi/collaborations","pathParams":[],"queryParams":[],"body":"required","since":"v4.2.0"},
  createEnvironment: {"group":"environment","method":"POST","path":"/openapi/environments","pathParams":[],"queryParams":["projectKey"],"body":"required","since":"v3.4.0"},
  createEnvironmentConfig: {"group":"environment","method":"POST","path":"/openapi/environments/{envName}/envcfgs","pathParams":["envName"],"queryParams":["projectKey"],"body":"required","since":"v3.4.0"},
  createHelmEnvironment: {"group":"environment","method":"POST","path":"/openapi/environments/helm","pathParams":[],"queryParams":["projectKey"],"body":"required","since":"v4.2.0"},
  createHelmRelease: {"group":"delivery","method":"POST","path":"/openapi/delivery/releases/helm","pathParams":[],"queryParams":[],"body":"required","since":"v3.4.0"},
  createHelmService: {"group":"service","method":"POST","path":"/openapi/service/helm/load","pathParams":[],"queryParams":["projectKey"],"body":"required","since":"v5.0.0"},
  createHelmServiceFromTemplate: {"group":"service","method":"POST","path":"/openapi/service/template/load/helm","pathParams":[],"queryParams":["projectKey"],"body":"required","since":"v4.2.0"},
  createK8sRelease: {"group":"delivery","method":"POST","path":"/openapi/delivery/releases/k8s","pathParams":[],"queryParams":[],"body":"required","since":"v3.4.0"},
  createProductionEnvironment: {"group":"environment","method":"POST","path":"/openapi/environments/production","pathParams":[],"queryParams":["projectKey"],"body":"required","since":"v3.4.0"},
  createProductionEnvironmentConfig: {"group":"environment","method":"POST","path":"/openapi/environments/production/{envName}/envcfgs","pathParams":["envName"],"queryParams":["projectKey"],"body":"required","since":"v3.4.0"},
  createProductionServiceFromTemplate: {"group":"service","method":"POST","path":"/openapi/service/template/production/load/yaml","pathParams":[],"queryParams":[],"body":"required","since":"v3.4.0"},
  createProductionServiceFromYaml: {"group":"service","method":"POST","path":"/openapi/service/yaml/production/raw","pathParams":[],"queryParams":["projectKey"],"body":"required","since":"v3.4.0"},
  createProject: {"group":"project","method":"POST","path":"/openapi/projects/project","pathParams":[],"queryParams":[],"body":"required","since":"v3.4.0"},
  createProjectRole: {"group":"permission","method":"POST","path":"/openapi/policy/roles","pathParams":[],"queryParams":["namespace"],"body":"required","since":"v3.4.0"},
  createRegistry: {"group":"imageRegistry","method":"POST","path":"/openapi/system/registry","pathParams":[],"queryParams":[],"body":"required","since":"v3.4.0"},
  createReleasePlan: {"group":"releasePlan","method":"POST","path":"/openapi/release_plan/v1","pathParams":[],"queryParams":[],"body":"required","since":"v3.4.0"},
  createServiceFromRepo: {"group":"service","method":"POST","path":"/openapi/service/loader/load","pathParams":[],"queryParams":["codehostName","repoName","repoUUID","branchName","remoteName","repoOwner","namespace","production"],"body":"required","since":"unreleased"},
  createServiceFromRepoByCodehostId: {"group":"service","method":"POST","path":"/openapi/service/loader/load/{codehostId}","pathParams":["codehostId"],"queryParams":["repoName","repoUUID","branchName","remoteName","repoOwner","namespace","production"],"body":"required","since":"v5.0.0","until":"v5.0.0"},
  createServiceFromTemplate: {"group":"service","method":"POST","path":"/openapi/service/template/load/yaml","pathParams":[],"queryParams":[],"body":"required","since":"v3.4.0"},
  createServiceFromYaml: {"group":"service","method":"POST","path":"/openapi/service/yaml/raw","pathParams":[],"queryParams":["projectKey"],"body":"required","since":"v3.4.0"},
  createTestTask: {"group":"test","method":"POST","path":"/openapi/quality/testing/task","pathParams":[],"queryParams":[],"body":"required","since":"v3.4.0"},
  createWorkflow: {"group":"workflow","method":"POST","path":"/openapi/workflows/custom","pathParams":[],"queryParams":["viewName"],"body":"required","since":"v5.0.0"},
  createWorkflowApprovalTicket: {"group":"workflow","method":"POST","path":"/openapi/ticket/approval","pathParams":[],"queryParams":[],"body":"required","since":"v3.4.0"},
  createWorkflowView: {"group":"workflow","method":"POST","path":"/openapi/workflows/view","pathParams":[],"queryParams":[],"body":"required","since":"v3.4.0"},
  deleteBuild: {"group":"build","method":"DELETE","path":"/openapi/build","pathParams":[],"queryParams":["name","projectKey"],"since":"v3.4.0"},
  deleteCluster: {"group":"cluster","method":"DELETE","path":"/openapi/system/cluster/{id}","pathParams":["id"],"queryParams":[],"since":"v3.4.0"},
  deleteCollaborationMode: {"group":"collaborationMode","method":"DELETE","path":"/openapi/collaborations/{name}","pathParams":["name"],"queryParams":["projectKey"],"since":"v4.2.0"},
  deleteEnvironment: {"group":"environment","method":"DELETE","path":"/openapi/environments/{envName}","pathParams":["envName"],"queryParams":["projectKey","isDelete"],"since":"v3.4.0"},
  deleteEnvironmentConfig: {"group":"environment","method":"DELETE","path":"/openapi/environments/{envName}/envcfg/{cfgName}","pathParams":["envName","cfgName"],"queryParams":["projectKey","type"],"since":"v3.4.0"},
  deleteEnvironmentServices: {"group":"environment","method":"DELETE","path":"/openapi/environments/service/yaml","pathParams":[],"queryParams":["projectKey"],"body":"required","since":"v3.4.0"},
  deleteProductionEnvironment: {"group":"environment","method":"DELETE","path":"/openapi/environments/production/{envName}","pathParams":["envName"],"queryParams":["projectKey"],"since":"v3.4.0"},
  deleteProductionEnvironmentConfig: {"group":"environment","method":"DELETE","path":"/openapi/environments/production/{envName}/envcfg/{cfgName}","pathParams":["envName","cfgName"],"queryParams":["projectKey","type"],"since":"v3.4.0"},
  deleteProductionEnvironmentServices: {"group":"environment","method":"DELETE","path":"/openapi/environments/production/service/yaml","pathParams":[],"queryParams":["projectKey"],"body":"required","since":"v3.4.0"},
  deleteProductionService: {"group":"service","method":"DELETE","path":"/openapi/service/yaml/production/{serviceName}","pathParams":["serviceName"],"queryParams":["projectKey"],"since":"v3.4.0"},
  deleteProductWorkflow: {"group":"workflow","method":"DELETE","path":"/openapi/workflows/product","pathParams":[],"queryParams":["workflowKey","projectKey"],"since":"v3.4.0","until":"v3.4.0"},
  deleteProject: {"group":"project","method":"DELETE","path":"/openapi/projects/project","pathParams":[],"queryParams":["projectKey","isDelete"],"since":"v3.4.0"},
  deleteProjectMember: {"group":"permission","method":"DELETE","path":"/openapi/policy/role-bindings/user/{uid}","pathParams":["uid"],"queryParams":["namespace"],"since":"v3.4.0"},
  deleteProjectRole: {"group":"permission","method":"DELETE","path":"/openapi/policy/roles/{name}","pathParams":["name"],"queryParams":["namespace"],"since":"v3.4.0"},
  deleteProjectUserGroupMember: {"group":"permission","method":"DELETE","path":"/openapi/policy/role-bindings/group/{gid}","pathParams":["gid"],"queryParams":["namespace"],"since":"v3.4.0"},
  deleteRelease: {"group":"delivery","method":"DELETE","path":"/openapi/delivery/releases/{id}","pathParams":["id"],"queryParams":["projectKey"],"since":"v3.4.0"},
  deleteService: {"group":"service","method":"DELETE","path":"/openapi/service/yaml/{serviceName}","pathParams":["serviceName"],"queryParams":["projectKey"],"since":"v3.4.0"},
  deleteUser: {"group":"user","method":"DELETE","path":"/openapi/users/{uid}","pathParams":["uid"],"queryParams":[],"since":"v4.0.0"},
  deleteWorkflow: {"group":"workflow","method":"DELETE","path":"/openapi/workflows/custom","pathParams":[],"queryParams":["workflowKey","projectKey"],"since":"v3.4.0"},
  deleteWorkflowView: {"group":"workflow","method":"DELETE","path":"/openapi/workflows/view/{name}","pathParams":["name"],"queryParams":["projectKey"],"since":"v3.4.0"},
  disableSubEnvironment: {"group":"environment","method":"DELETE","path":"/openapi/environments/{envName}/share/enable","pathParams":["envName"],"queryParams":["projectKey"],"since":"v3.4.0"},
  enableSubEnvironment: {"group":"environment","method":"POST","path":"/openapi/environments/{envName}/share/enable","pathParams":["envName"],"queryParams":["projectKey"],"since":"v3.4.0"},
  executeProductWorkflow: {"group":"workflow","method":"POST","path":"/openapi/workflows/product/task","pathParams":[],"queryParams":[],"body":"required","since":"v3.4.0","until":"v3.4.0"},
  executeWorkflow: {"group":"workflow","method":"POST","path":"/openapi/workflows/custom/task","pathParams":[],"queryParams":[],"body":"required","since":"v3.4.0"},
  executeWorkflowTaskManualStage: {"group":"workflow","method":"POST","path":"/openapi/workflows/custom/{name}/task/{taskID}/manual-exec","pathParams":["name","taskID"],"queryParams":["projectKey"],"body":"required","since":"v5.0.0"},
  getArtifactTrace: {"group":"artifactManagement","method":"GET","path":"/api/directory/dc/artifact","pathParams":[],"queryParams":["image"],"since":"v3.4.0"},
  getBuild: {"group":"build","method":"GET","path":"/openapi/build/{name}/detail","pathParams":["name"],"queryParams":["projectKey","serviceName","serviceModule"],"since":"v3.4.0"},
  getCliContext: {"group":"system","method":"GET","path":"/openapi/system/cli/context","pathParams":[],"queryParams":[],"since":"v5.0.0"},
  getCodeScanTask: {"group":"codeScan","method":"GET","path":"/openapi/quality/codescan/{scanName}/task/{taskID}","pathParams":["scanName","taskID"],"queryParams":["projectKey"],"since":"v3.4.0"},
  getEnvironment: {"group":"environment","method":"GET","path":"/openapi/environments/{envName}","pathParams":["envName"],"queryParams":["projectKey"],"since":"v3.4.0"},
  getEnvironmentConfig: {"group":"environment","method":"GET","path":"/openapi/environments/{envName}/envcfg/{cfgName}","pathParams":["envName","cfgName"],"queryParams":["projectKey","type"],"since":"v3.4.0"},
  getEnvironmentGlobalVariables: {"group":"environment","method":"GET","path":"/openapi/environments/{envName}/variable","pathParams":["envName"],"queryParams":["projectKey"],"since":"v3.4.0"},
  getEnvironmentService: {"group":"environment","method":"GET","path":"/openapi/environments/{envName}/services/{serviceName}","pathParams":["envName","serviceName"],"queryParams":["projectKey","workLoadType"],"since":"v3.4.0"},
  getEnvironmentServiceValues: {"group":"environment","method":"GET","path":"/openapi/environments/service/values","pathParams":[],"queryParams":["projectKey","envName","serviceName"],"responseType":"text/plain","since":"v4.0.0"},
  getEnvironmentServiceYaml: {"group":"environment","method":"GET","path":"/openapi/environments/service/yaml","pathParams":[],"queryParams":["projectKey","envName","serviceName"],"responseType":"text/plain","since":"v4.0.0"},
  getInsightBuildStatistics: {"group":"performanceInsight","method":"GET","path":"/openapi/statistics/build","pathParams":[],"queryParams":["startDate","endDate","projectKey"],"since":"v3.4.0"},
  getInsightDeployStatistics: {"group":"performanceInsight","method":"GET","path":"/openapi/statistics/deploy","pathParams":[],"queryParams":["startDate","endDate","projectKey"],"since":"v3.4.0"},
  getInsightOverview: {"group":"performanceInsight","method":"GET","path":"/openapi/statistics/overview","pathParams":[],"queryParams":[],"since":"v3.4.0"},
  getInsightReleaseStatistics: {"group":"performanceInsight","method":"GET","path":"/openapi/statistics/v2/release","pathParams":[],"queryParams":["startTime","endTime","projectKey"],"since":"v3.4.0"},
  getInsightTestStatistics: {"group":"performanceInsight","method":"GET","path":"/openapi/statistics/test","pathParams":[],"queryParams":["startDate","endDate","projectKey"],"since":"v3.4.0"},
  getProductionEnvironment: {"group":"environment","method":"GET","path":"/openapi/environments/production/{envName}","pathParams":["envName"],"queryParams":["projectKey"],"since":"v3.4.0"},
  getProductionEnvironmentConfig: {"group":"environment","method":"GET","path":"/openapi/environments/production/{envName}/envcfg/{cfgName}","pathParams":["envName","cfgName"],"queryParams":["projectKey","type"],"since":"v3.4.0"},
  getProductionEnvironmentGlobalVariables: {"group":"environment","method":"GET","path":"/openapi/environments/production/{envName}/variable","pathParams":["envName"],"queryParams":["projectKey"],"since":"v3.4.0"},
  getProductionEnvironmentService: {"group":"environment","method":"GET","path":"/openapi/environments/production/{envName}/services/{serviceName}","pathParams":["envName","serviceName"],"queryParams":["projectKey","workLoadType"],"since":"v3.4.0"},
  getProductionEnvironmentServiceValues: {"group":"environment","method":"GET","path":"/openapi/environments/production/service/values","pathParams":[],"queryParams":["projectKey","envName","serviceName"],"responseType":"text/plain","since":"v4.0.0"},
  getProductionEnvironmentServiceYaml: {"group":"environment","method":"GET","path":"/openapi/environments/production/service/yaml","pathParams":[],"queryParams":["projectKey","envName","serviceName"],"responseType":"text/plain","since":"v4.0.0"},
  getProductionService: {"group":"service","method":"GET","path":"/openapi/service/yaml/production/{serviceName}","pathParams":["serviceName"],"queryParams":["projectKey"],"since":"v3.4.0"},
  getProductWorkflowTask: {"group":"workflow","method":"GET","path":"/openapi/workflows/product/{name}/task/{taskID}","pathParams":["name","taskID"],"queryParams":["projectKey"],"since":"v3.4.0","until":"v3.4.0"},
  getProject: {"group":"project","method":"GET","path":"/openapi/projects/project/detail","pathParams":[],"queryParams":["projectKey"],"since":"v3.4.0"},
  getProjectGlobalVariables: {"group":"project","method":"GET","path":"/openapi/projects/project/globalVariable","pathParams":[],"queryParams":["projectKey"],"since":"v3.4.0"},
  getProjectRole: {"group":"permission","method":"GET","path":"/openapi/policy/roles/{name}","pathParams":["name"],"queryParams":["namespace"],"since":"v3.4.0"},
  getRegistry: {"group":"imageRegistry","method":"GET","path":"/openapi/system/registry/{id}","pathParams":["id"],"queryParams":[],"since":"v3.4.0"},
  getRelease: {"group":"delivery","method":"GET","path":"/openapi/delivery/releases/detail","pathParams":[],"queryParams":["projectKey","versionName"],"since":"v4.0.0"},
  getReleaseById: {"group":"delivery","method":"GET","path":"/openapi/delivery/releases/{id}","pathParams":["id"],"queryParams":[],"deprecated":true,"since":"v3.4.0","until":"v3.4.0"},
  getReleasePlan: {"group":"releasePlan","method":"GET","path":"/openapi/release_plan/v1/{id}","pathParams":["id"],"queryParams":[],"since":"v3.4.0"},
  getService: {"group":"service","method":"GET","path":"/openapi/service/yaml/{serviceName}","pathParams":["serviceName"],"queryParams":["projectKey"],"since":"v3.4.0"},
  getSubEnvironmentPortalService: {"group":"environment","method":"GET","path":"/openapi/environments/{envName}/share/portal/{serviceName}","pathParams":["envName","serviceName"],"queryParams":["projectKey"],"since":"v3.4.0"},
  getTest: {"group":"test","method":"GET","path":"/openapi/quality/testing/{testName}","pathParams":["testName"],"queryParams":["projectKey"],"since":"unreleased"},
  getTestTask: {"group":"test","method":"GET","path":"/openapi/quality/testing/{testName}/task/{taskID}","pathParams":["testName","taskID"],"queryParams":["projectKey"],"since":"v3.4.0"},
  getUser: {"group":"user","method":"GET","path":"/openapi/users/{uid}","pathParams":["uid"],"queryParams":[],"since":"v3.4.0"},
  getWorkflow: {"group":"workflow","method":"GET","path":"/openapi/workflows/custom/{name}/detail","pathParams":["name"],"queryParams":["projectKey"],"since":"v3.4.0"},
  getWorkflowTask: {"group":"workflow","method":"GET","path":"/openapi/workflows/custom/task","pathParams":[],"queryParams":["taskId","workflowKey"],"since":"v3.4.0"},
  getWorkflowTaskJobLogs: {"group":"workflow","method":"GET","path":"/openapi/logs/log/v4/workflow/{workflowName}/{taskID}/{jobName}","pathParams":["workflowName","taskID","jobName"],"queryParams":[],"responseType":"text/plain","since":"v3.4.0"},
  getWorkflowTaskManualExecContext: {"group":"workflow","method":"GET","path":"/openapi/workflows/custom/{name}/task/{taskID}/manual-exec","pathParams":["name","taskID"],"queryParams":["projectKey"],"since":"v5.0.0"},
  initHelmProject: {"group":"project","method":"POST","path":"/openapi/projects/project/init/helm","pathParams":[],"queryParams":[],"body":"required","since":"v3.4.0"},
  initYamlProject: {"group":"project","method":"POST","path":"/openapi/projects/project/init/yaml","pathParams":[],"queryParams":[],"body":"required","since":"v3.4.0"},
  listArtifactReleases: {"group":"artifactManagement","method":"GET","path":"/api/aslan/delivery/releases","pathParams":[],"queryParams":["projectName","workflowName","taskId","serviceName","label","page","per_page"],"since":"v3.4.0"},
  listBuilds: {"group":"build","method":"GET","path":"/openapi/build","pathParams":[],"queryParams":["projectKey","pageNum","pageSize"],"list":"builds","since":"v3.4.0"},
  listChartTemplates: {"group":"service","method":"GET","path":"/openapi/templates/charts","pathParams":[],"queryParams":[],"since":"unreleased"},
  listClusters: {"group":"cluster","method":"GET","path":"/openapi/system/cluster","pathParams":[],"queryParams":["projectName"],"since":"v3.4.0"},
  listEnvironmentConfigs: {"group":"environment","method":"GET","path":"/openapi/environments/{envName}/envcfgs","pathParams":["envName"],"queryParams":["projectKey","type"],"since":"v3.4.0"},
  listEnvironmentKubeEvents: {"group":"environment","method":"GET","path":"/openapi/environments/kube/events","pathParams":[],"queryParams":["projectKey","envName","name","type"],"since":"v3.4.0"},
  listEnvironmentOperationLogs: {"group":"system","method":"GET","path":"/openapi/system/operation/env","pathParams":[],"queryParams":["projectKey","envName","searchType","username","function","status","detail","perPage","page"],"since":"v3.4.0"},
  listEnvironments: {"group":"environment","method":"GET","path":"/openapi/environments","pathParams":[],"queryParams":["projectKey"],"since":"v3.4.0"},
  listEnvironmentServicePods: {"group":"environment","method":"GET","path":"/openapi/environments/{envName}/service/{serviceName}/pods","pathParams":["envName","serviceName"],"queryParams":["projectKey"],"since":"v4.3.0"},
  listInsightRollbacks: {"group":"performanceInsight","method":"GET","path":"/openapi/statistics/v2/rollback/detail","pathParams":[],"queryParams":["projectKey","envName","serviceName","startTime","endTime","pageNum","pageSize"],"list":"list","since":"v3.4.0"},
  listProductionEnvironmentConfigs: {"group":"environment","method":"GET","path":"/openapi/environments/production/{envName}/envcfgs","pathParams":["envName"],"queryParams":["projectKey","type"],"since":"v3.4.0"},
  listProductionEnvironments: {"group":"environment","method":"GET","path":"/openapi/environments/production","pathParams":[],"queryParams":["projectKey"],"since":"v3.4.0"},
  listProductionEnvironmentServicePods: {"group":"environment","method":"GET","path":"/openapi/environments/production/{envName}/service/{serviceName}/pods","pathParams":["envName","serviceName"],"queryParams":["projectKey"],"since":"v4.3.0"},
  listProductionServices: {"group":"service","method":"GET","path":"/openapi/service/yaml/production/services","pathParams":[],"queryParams":["projectKey"],"since":"v3.4.0"},
  listProductWorkflowTasks: {"group":"workflow","method":"GET","path":"/openapi/workflows/product/{name}/tasks","pathParams":["name"],"queryParams":["projectKey","pageNum","pageSize"],"list":"list","since":"v3.4.0","until":"v3.4.0"},
  listProjectMembers: {"group":"permission","method":"GET","path":"/openapi/policy/role-bindings","pathParams":[],"queryParams":["namespace","uid","gid"],"since":"v3.4.0"},
  listProjectResourceActions: {"group":"permission","method":"GET","path":"/openapi/policy/resource-actions","pathParams":[],"queryParams":["projectName","envType"],"since":"v3.4.0"},
  listProjectRoles: {"group":"permission","method":"GET","path":"/openapi/policy/roles","pathParams":[],"queryParams":["namespace","uid"],"since":"v3.4.0"},
  listProjects: {"group":"project","method":"GET","path":"/openapi/projects/project","pathParams":[],"queryParams":["pageSize","pageNum"],"list":"projects","since":"v3.4.0"},
  listRegistries: {"group":"imageRegistry","method":"GET","path":"/openapi/system/registry","pathParams":[],"queryParams":[],"since":"v3.4.0"},
  listReleasePlans: {"group":"releasePlan","method":"GET","path":"/openapi/release_plan/v1","pathParams":[],"queryParams":["pageNum","pageSize"],"list":"list","since":"v3.4.0"},
  listReleases: {"group":"delivery","method":"GET","path":"/openapi/delivery/releases","pathParams":[],"queryParams":["projectKey","pageNum","pageSize"],"list":"list","since":"v3.4.0"},
  listServiceLabels: {"group":"service","method":"GET","path":"/openapi/service/yaml/{serviceName}/labels","pathParams":["serviceName"],"queryParams":["projectKey","production"],"since":"v3.4.0"},
  listServices: {"group":"service","method":"GET","path":"/openapi/service/yaml/services","pathParams":[],"queryParams":["projectKey"],"since":"v3.4.0"},
  listSystemOperationLogs: {"group":"system","method":"GET","path":"/openapi/system/operation","pathParams":[],"queryParams":["searchType","projectKey","username","function","status","perPage","page"],"since":"v3.4.0"},
  listUserGroups: {"group":"user","method":"GET","path":"/openapi/user-groups","pathParams":[],"queryParams":["pageNum","pageSize","name"],"list":"group_list","since":"v3.4.0"},
  listUsers: {"group":"user","method":"GET","path":"/openapi/users","pathParams":[],"queryParams":["pageNum","pageSize","account","identity_type","name","roles","projectName","mfa_enabled"],"list":"list","since":"v3.4.0"},
  listWorkflows: {"group":"workflow","method":"GET","path":"/openapi/workflows","pathParams":[],"queryParams":["projectKey","viewName"],"since":"v3.4.0"},
  listWorkflowTasks: {"group":"workflow","method":"GET","path":"/openapi/workflows/custom/{name}/tasks","pathParams":["name"],"queryParams":["projectKey","pageNum","pageSize"],"list":"workflow_tasks","since":"v3.4.0"},
  listWorkflowViews: {"group":"workflow","method":"GET","path":"/openapi/workflows/view","pathParams":[],"queryParams":["projectKey"],"since":"v3.4.0"},
  restartEnvironmentPod: {"group":"environment","method":"POST","path":"/openapi/environments/{envName}/pod/{podName}/restart","pathParams":["envName","podName"],"queryParams":["projectKey"],"since":"unreleased"},
  restartEnvironmentService: {"group":"environment","method":"POST","path":"/openapi/environments/{envName}/service/{serviceName}/restart","pathParams":["envName","serviceName"],"queryParams":["projectKey"],"since":"v3.4.0"},
  restartEnvironmentServicePod: {"group":"environment","method":"POST","path":"/openapi/environments/{envName}/service/{serviceName}/pod/{podName}/restart","pathParams":["envName","serviceName","podName"],"queryParams":["projectKey"],"since":"v4.3.0","until":"v5.0.0"},
  restartProductionEnvironmentPod: {"group":"environment","method":"POST","path":"/openapi/environments/production/{envName}/pod/{podName}/restart","pathParams":["envName","podName"],"queryParams":["projectKey"],"since":"unreleased"},
  restartProductionEnvironmentService: {"group":"environment","method":"POST","path":"/openapi/environments/production/{envName}/service/{serviceName}/restart","pathParams":["envName","serviceName"],"queryParams":["projectKey"],"since":"v3.4.0"},
  restartProductionEnvironmentServicePod: {"group":"environment","method":"POST","path":"/openapi/environments/production/{envName}/service/{serviceName}/pod/{podName}/restart","pathParams":["envName","serviceName","podName"],"queryParams":["projectKey"],"since":"v4.3.0","until":"v5.0.0"},
  retryRelease: {"group":"delivery","method":"POST","path":"/openapi/delivery/releases/retry","pathParams":[],"queryParams":["id","projectKey"],"since":"v4.0.0"},
  retryWorkflowTask: {"group":"workflow","method":"POST","path":"/openapi/workflows/custom/{name}/task/{taskID}","pathParams":["name","taskID"],"queryParams":["projectKey"],"since":"v3.4.0"},
  scaleEnvironmentWorkload: {"group":"environment","method":"POST","path":"/openapi/environments/scale","pathParams":[],"queryParams":[],"body":"required","since":"v3.4.0"},
  setSubEnvironmentPortalService: {"group":"environment","method":"POST","path":"/openapi/environments/{envName}/share/portal/{serviceName}","pathParams":["envName","serviceName"],"queryParams":["projectKey"],"body":"required","since":"v3.4.0"},
  streamContainerLogs: {"group":"environment","method":"GET","path":"/openapi/logs/sse/pods/{podName}/containers/{containerName}","pathParams":["podName","containerName"],"queryParams":["projectKey","envName","tails","since"],"responseType":"text/event-stream","since":"v3.4.0"},
  streamWorkflowTaskJobLogs: {"group":"workflow","method":"GET","path":"/openapi/logs/sse/v4/workflow/{workflowName}/{taskID}/{jobName}/{lines}","pathParams":["workflowName","taskID","jobName","lines"],"queryParams":[],"responseType":"text/event-stream","since":"v3.4.0"},
  updateBuild: {"group":"build","method":"PUT","path":"/openapi/build","pathParams":[],"queryParams":["source"],"body":"required","since":"v4.2.0"},
  updateBuildFromTemplate: {"group":"build","method":"PUT","path":"/openapi/build/{name}/template","pathParams":["name"],"queryParams":[],"body":"required","since":"v4.2.0"},
  updateCluster: {"group":"cluster","method":"PUT","path":"/openapi/system/cluster/{id}","pathParams":["id"],"queryParams":[],"body":"required","since":"v3.4.0"},
  updateEnvironment: {"group":"environment","method":"PUT","path":"/openapi/environments/{envName}","pathParams":["envName"],"queryParams":["projectKey"],"body":"required","since":"v3.4.0"},
  updateEnvironmentConfig: {"group":"environment","method":"PUT","path":"/openapi/environments/envcfgs","pathParams":[],"queryParams":["projectKey"],"body":"required","since":"v3.4.0"},
  updateEnvironmentCronJobImage: {"group":"environment","method":"POST","path":"/openapi/environments/image/cronjob/{envName}","pathParams":["envName"],"queryParams":[],"body":"required","since":"v3.4.0"},
  updateEnvironmentDeploymentImage: {"group":"environment","method":"POST","path":"/openapi/environments/image/deployment/{envName}","pathParams":["envName"],"queryParams":[],"body":"required","since":"v3.4.0"},
  updateEnvironmentGlobalVariables: {"group":"environment","method":"PUT","path":"/openapi/environments/{envName}/variable","pathParams":["envName"],"queryParams":["projectKey"],"body":"required","since":"v3.4.0"},
  updateEnvironmentJobImage: {"group":"environment","method":"POST","path":"/openapi/environments/image/job/{envName}","pathParams":["envName"],"queryParams":[],"body":"required","since":"unreleased"},
  updateEnvironmentServices: {"group":"environment","method":"PUT","path":"/openapi/environments/{envName}/services","pathParams":["envName"],"queryParams":["projectKey"],"body":"required","since":"v3.4.0"},
  updateEnvironmentStatefulSetImage: {"group":"environment","method":"POST","path":"/openapi/environments/image/statefulset/{envName}","pathParams":["envName"],"queryParams":[],"body":"required","since":"v3.4.0"},
  updateProductionEnvironment: {"group":"environment","method":"PUT","path":"/openapi/environments/production/{envName}","pathParams":["envName"],"queryParams":["projectKey"],"body":"required","since":"v3.4.0"},
  updateProductionEnvironmentConfig: {"group":"environment","method":"PUT","path":"/openapi/environments/production/envcfgs","pathParams":[],"queryParams":["projectKey"],"body":"required","since":"v3.4.0"},
  updateProductionEnvironmentGlobalVariables: {"group":"environment","method":"PUT","path":"/openapi/environments/production/{envName}/variable","pathParams":["envName"],"queryParams":["projectKey"],"body":"required","since":"v3.4.0"},
  updateProductionEnvironmentServices: {"group":"environment","method":"PUT","path":"/openapi/environments/production/{envName}/services","pathParams":["envName"],"queryParams":["projectKey"],"body":"required","since":"v3.4.0"},
  updateProductionServiceConfig: {"group":"service","method":"PUT","path":"/openapi/service/yaml/production/{serviceName}","pathParams":["serviceName"],"queryParams":["projectKey"],"body":"required","since":"v3.4.0"},
  updateProductionServiceVariables: {"group":"service","method":"PUT","path":"/openapi/service/yaml/production/{serviceName}/variable","pathParams":["serviceName"],"queryParams":["projectKey"],"body":"required","since":"v3.4.0"},
  updateProjectMemberRoles: {"group":"permission","method":"POST","path":"/openapi/policy/role-bindings/user/{uid}","pathParams":["uid"],"queryParams":["namespace"],"body":"required","since":"v3.4.0"},
  updateProjectRole: {"group":"permission","method":"PUT","path":"/openapi/policy/roles/{name}","pathParams":["name"],"queryParams":["namespace"],"body":"required","since":"v3.4.0"},
  updateProjectUserGroupRoles: {"group":"permission","method":"POST","path":"/openapi/policy/role-bindings/group/{gid}","pathParams":["gid"],"queryParams":["namespace"],"body":"required","since":"v3.4.0"},
  updateRegistry: {"group":"imageRegistry","method":"PUT","path":"/openapi/system/registry/{id}","pathParams":["id"],"queryParams":[],"body":"required","since":"v3.4.0"},
  updateReleasePlan: {"group":"releasePlan","method":"PATCH","path":"/openapi/release_plan/v1/{id}","pathParams":["id"],"queryParams":[],"body":"required","since":"v4.0.0"},
  updateServiceConfig: {"group":"service","method":"PUT","path":"/openapi/service/yaml/{serviceName}","pathParams":["serviceName"],"queryParams":["projectKey"],"body":"required","since":"v3.4.0"},
  updateServiceVariables: {"group":"service","method":"PUT","path":"/openapi/service/yaml/{serviceName}/variable","pathParams":["serviceName"],"queryParams":["projectKey"],"body":"required","since":"v3.4.0"},
  updateWorkflow: {"group":"workflow","method":"PUT","path":"/openapi/workflows/custom/{name}","pathParams":["name"],"queryParams":[],"body":"required","since":"v5.0.0"},
  updateWorkflowTaskRemark: {"group":"workflow","method":"PUT","path":"/openapi/workflows/custom/{name}/task/{taskID}","pathParams":["name","taskID"],"queryParams":[],"body":"required","since":"v3.4.0"},
  updateWorkflowView: {"group":"workflow","method":"PUT","path":"/openapi/workflows/view/{name}","pathParams":["name"],"queryParams":["projectKey"],"body":"required","since":"v3.4.0"},
};

/**
 * Generated from spec/ by packages/openapi/scripts/generate.mjs. Do not edit; run `pnpm --filter @zadig-ts/openapi generate`.
 */

export interface paths {
    "/openapi/projects/project": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get project list
         * @description Lists projects one page at a time. System administrators see every project; other users see the projects
         *     they are authorized for.
         *
         *     Docs: Project › Get Project List (`02.project.md`).
         */
        get: operations["listProjects"];
        put?: never;
        /**
         * Create empty project
         * @description Creates an empty project, with no services and no environments. Only system administrators may call it.
         *     Invalid `project_name`, `project_key` or `project_type` values are rejected with 500, not 400 (see ERRATA.md).
         *
         *     Docs: Project › Create Empty Project (`02.project.md`).
         */
        post: operations["createProject"];
        /**
         * Delete project
         * @description Deletes a project with its environments, builds, tests, code scans and collaboration modes. System
         *     administrators and the project's administrators may call it.
         *
         *     Docs: Project › Delete Project (`02.project.md`).
         */
        delete: operations["deleteProject"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/projects/project/init/yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create YAML project and initialize
         * @description Creates a Kubernetes YAML project, creates its services (from a YAML template or from hand-written YAML)
         *     and then creates its environments with all the services. Only system administrators may call it.
         *
         *     Docs: Project › Create YAML Project and Initialize (`02.project.md`).
         */
        post: operations["initYamlProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/projects/project/init/helm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Helm project and initialize
         * @description Creates a Kubernetes Helm Chart project, creates its services from Helm chart templates and then creates
         *     its environments with all the services. Only system administrators may call it. Services whose `source`
         *     is not `template` pass validation but are skipped (see ERRATA.md).
         *
         *     Docs: Project › Create Helm Project and Initialize (`02.project.md`).
         */
        post: operations["initHelmProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/projects/project/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get specific project details
         * @description Gets a project's name, key, type, visibility, description and creation information. The caller must be
         *     authorized for the project; a project key that does not exist is answered with 403 too.
         *
         *     Docs: Project › Get Specific Project Details (`02.project.md`).
         */
        get: operations["getProject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/projects/project/globalVariable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get project global variables
         * @description Gets a project's global variables, for testing and for production environments. The server checks no
         *     project permission beyond a valid token.
         *
         *     Undocumented: route `GET /openapi/projects/project/globalVariable` (`OpenAPIGetGlobalVariables`) in
         *     `core/project/handler/router.go` and `core/project/handler/openapi.go`; the response is
         *     `GlobalVariables` from `core/common/types/service_variable.go`.
         */
        get: operations["getProjectGlobalVariables"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/workflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List workflows
         * @description Lists a project's workflows: custom workflows, then legacy product workflows (`type` `product`). With
         *     `viewName`, only the workflows enabled in that view; a view that does not exist is ignored (all workflows).
         *
         *     Docs: Workflow › Get a Workflow List (`03.workflow-api.md`).
         */
        get: operations["listWorkflows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/workflows/custom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a workflow
         * @description Creates a custom workflow from its definition. The server reads the body as YAML (JSON is valid YAML), so the
         *     workflow's YAML view in Zadig, converted to JSON, is the easiest source. With `viewName` the workflow is also
         *     added to that view.
         *
         *     Docs: Workflow › Create a Workflow (`03.workflow-api.md`).
         */
        post: operations["createWorkflow"];
        /**
         * Delete a workflow
         * @description Deletes a custom workflow by key. The server uses `projectKey` only for the permission check (users who are
         *     not system administrators need it).
         *
         *     Docs: Workflow › Delete Workflow (`03.workflow-api.md`).
         */
        delete: operations["deleteWorkflow"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/workflows/custom/task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get workflow task details
         * @description Gets a workflow task with its variables, stages and jobs, each job with a summary of what it ran. A task
         *     that does not exist is answered with 500 (`mongo: no documents in result`).
         *
         *     Docs: Workflow › Get Workflow Task Details (`03.workflow-api.md`).
         */
        get: operations["getWorkflowTask"];
        put?: never;
        /**
         * Execute a workflow
         * @description Runs a custom workflow. Jobs listed in `inputs` run with those inputs applied to their configuration; the
         *     other jobs are skipped. Workflows that need a pre-approval ticket cannot be run through the OpenAPI.
         *
         *     Docs: Workflow › Execute the Workflow (`03.workflow-api.md`).
         */
        post: operations["executeWorkflow"];
        /**
         * Cancel a workflow task
         * @description Cancels a workflow task that has not finished. Cancelling a finished or unknown task is answered with 400
         *     (code 6163).
         *
         *     Docs: Workflow › Cancel Workflow Tasks (`03.workflow-api.md`).
         */
        delete: operations["cancelWorkflowTask"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/workflows/custom/task/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a workflow task
         * @description Approves or rejects a native (Zadig) approval that a running task waits for, as the token's user, who must be
         *     one of the approvers. `stage_name` is the name of the approval job task (see `ApproveWorkflowTaskRequest`).
         *
         *     Docs: Workflow › Approval Workflow (`03.workflow-api.md`).
         */
        post: operations["approveWorkflowTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/workflows/custom/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a workflow
         * @description Replaces a custom workflow's definition with the body (read as YAML, like `createWorkflow`). Send the whole
         *     workflow; its `name` should be the key in the path, as the server stores the body's `name`.
         *
         *     Docs: Workflow › Update Workflow (`03.workflow-api.md`).
         */
        put: operations["updateWorkflow"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/workflows/custom/{name}/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get workflow details
         * @description Gets a custom workflow's configuration: variables, stages and jobs, notifications, shared volumes and
         *     concurrency. The server looks the workflow up by key alone and echoes `projectKey` as `project_key`.
         *
         *     Docs: Workflow › Get Workflow Details (`03.workflow-api.md`).
         */
        get: operations["getWorkflow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/workflows/custom/{name}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List workflow tasks
         * @description Lists a workflow's tasks (runs), newest first, one page at a time. `projectKey` only filters the tasks and is
         *     echoed as `project_key`; the server does not require it.
         *
         *     Docs: Workflow › Get a Workflow Task List (`03.workflow-api.md`).
         */
        get: operations["listWorkflowTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/workflows/custom/{name}/task/{taskID}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a workflow task's remark
         * @description Sets the remark of a workflow task. The token's user needs permission to run the workflow.
         *
         *     Undocumented: route `PUT /openapi/workflows/custom/:name/task/:taskID` (`OpenAPIUpdateWorkflowV4TaskRemark`)
         *     in `core/workflow/handler/router.go` and `core/workflow/handler/openapi.go`; an unknown workflow is a 400, an
         *     unknown task a 500.
         */
        put: operations["updateWorkflowTaskRemark"];
        /**
         * Retry a workflow task
         * @description Retries a workflow task that failed, timed out, was cancelled or was rejected; tasks in any other status are
         *     answered with 500. `projectKey` is only written to the operation log; the server does not require it.
         *
         *     Docs: Workflow › Retry the Workflow Task (`03.workflow-api.md`).
         */
        post: operations["retryWorkflowTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/workflows/custom/{name}/task/{taskID}/manual-exec": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get workflow manual execution context
         * @description Returns the stage of a paused task that waits for manual execution, its configured executors and whether the
         *     token's user may start it. A task that is not paused on such a stage is answered with 500.
         *
         *     Docs: Workflow › Get Workflow Manual Execution Context (`03.workflow-api.md`).
         */
        get: operations["getWorkflowTaskManualExecContext"];
        put?: never;
        /**
         * Manually execute a workflow stage
         * @description Starts the stage of a paused task that waits for manual execution. The token's user needs permission to run
         *     the workflow and must be one of the stage's executors.
         *
         *     Docs: Workflow › Manually Execute a Workflow Stage (`03.workflow-api.md`).
         */
        post: operations["executeWorkflowTaskManualStage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/workflows/product": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a product workflow (Zadig v3.4)
         * @description Deletes a product workflow, the workflow type Zadig v4.0.0 removed. The server checks `workflowKey` (400
         *     when empty) and uses `projectKey` only for the permission check: callers who are not system administrators
         *     need it (403 otherwise).
         *
         *     Undocumented: routed only by Zadig v3.4 (`core/workflow/handler/router.go`, `OpenAPIDeleteProductWorkflowV4`).
         */
        delete: operations["deleteProductWorkflow"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/workflows/product/task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a product workflow (Zadig v3.4)
         * @description Starts a task of a product workflow, the workflow type Zadig v4.0.0 removed, from the workflow's preset for
         *     `input.target_env`: with `build.enabled` the listed service modules are built (branches, pull requests and
         *     build variables overridden) and, with `deploy.enabled` too, deployed (then `deploy.source` must be `zadig`);
         *     with only `deploy.enabled` the listed images are deployed. The server checks `workflow_key`, `project_key`
         *     and `input` (`OpenAPICreateProductWorkflowTaskArgs.Validate`); a body that is not JSON is answered with 400.
         *
         *     Undocumented: routed only by Zadig v3.4 (`core/workflow/handler/router.go`, `OpenAPICreateProductWorkflowTask`;
         *     `core/workflow/service/workflow/openapi.go`, types in `types.go` and `pkg/types/openapi.go`).
         */
        post: operations["executeProductWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/workflows/product/{name}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List product workflow tasks (Zadig v3.4)
         * @description Lists the tasks (runs) of a product workflow, the workflow type Zadig v4.0.0 removed, newest first, one page
         *     at a time. The server checks `projectKey` is present (400 otherwise) but lists by workflow key; `pageNum` and
         *     `pageSize` default to 1 and 10. The answer is a bare array (no total).
         *
         *     Undocumented: routed only by Zadig v3.4 (`core/workflow/handler/router.go`, `OpenAPIGetProductWorkflowTasksV4`;
         *     response `OpenAPIProductWorkflowTaskBrief` in `core/workflow/service/workflow/types.go`).
         */
        get: operations["listProductWorkflowTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/workflows/product/{name}/task/{taskID}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a product workflow task (Zadig v3.4)
         * @description Gets one task (run) of a product workflow, the workflow type Zadig v4.0.0 removed: who started it, when, and
         *     its status (lower-cased). The server checks `projectKey` is present and `taskID` is an integer (400
         *     otherwise).
         *
         *     Undocumented: routed only by Zadig v3.4 (`core/workflow/handler/router.go`, `OpenAPIGetProductWorkflowTaskV4`;
         *     response `OpenAPIProductWorkflowTaskDetail` in `core/workflow/service/workflow/types.go`).
         */
        get: operations["getProductWorkflowTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/workflows/view": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List workflow views
         * @description Lists a project's workflow views, each with the workflows enabled in it.
         *
         *     Docs: Workflow View › Get a Workflow View List (`03.workflow-api.md`).
         */
        get: operations["listWorkflowViews"];
        put?: never;
        /**
         * Create a workflow view
         * @description Creates a workflow view in a project with the workflows listed. Needs project administrator rights.
         *
         *     Docs: Workflow View › Create a Workflow View (`03.workflow-api.md`).
         */
        post: operations["createWorkflowView"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/workflows/view/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Edit a workflow view
         * @description Adds workflows to a view or removes them (`enabled`); workflows not listed keep their state. Needs project
         *     administrator rights. An unknown view is answered with 500.
         *
         *     Docs: Workflow View › Edit Workflow View (`03.workflow-api.md`).
         */
        put: operations["updateWorkflowView"];
        post?: never;
        /**
         * Delete a workflow view
         * @description Deletes a workflow view; the workflows themselves stay. Needs project administrator rights. An unknown view
         *     is answered with 400 (code 6894).
         *
         *     Docs: Workflow View › Delete the Workflow View (`03.workflow-api.md`).
         */
        delete: operations["deleteWorkflowView"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/ticket/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a pre-approval form
         * @description Records a pre-approval ticket from a third-party approval system. Workflows that require a ticket can then
         *     run within its environment, service, user and time limits. Needs a Zadig professional license.
         *
         *     Docs: Workflow Pre-Approval › Create a Pre-Approval Form (`03.workflow-api.md`).
         */
        post: operations["createWorkflowApprovalTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/logs/sse/v4/workflow/{workflowName}/{taskID}/{jobName}/{lines}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View real-time workflow task logs
         * @description Streams the log of a running job of a workflow task as server-sent events (`event:message`, one log line per
         *     `data:`), starting with the last `lines` lines, until the job ends or the client disconnects.
         *
         *     Docs: Workflow Logs › View Real-time Workflow Task Logs (`03.workflow-api.md`).
         */
        get: operations["streamWorkflowTaskJobLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/logs/log/v4/workflow/{workflowName}/{taskID}/{jobName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View complete workflow task logs
         * @description Gets the complete log of a finished job of a workflow task as plain text, from the object storage the job
         *     saved it to. A job without a saved log gives an empty body.
         *
         *     Docs: Workflow Logs › View Complete Workflow Task Logs (`03.workflow-api.md`).
         */
        get: operations["getWorkflowTaskJobLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List test environments
         * @description Lists the project's test environments the token's user may see. A user without access to the project's
         *     environments gets an empty list rather than an error. The docs' example names the key `env_name`; the server
         *     sends `env_key` (see ERRATA.md).
         *
         *     Docs: Environment › View Environment List › Test Environment (`04.enviroment.md`).
         */
        get: operations["listEnvironments"];
        put?: never;
        /**
         * Create test environment (K8s YAML project)
         * @description Creates a test environment of a K8s YAML project, with services, global variables and environment
         *     configurations. Creation continues in the background: the environment's status is `creating` until it is done
         *     (poll `getEnvironment`).
         *
         *     Docs: Environment › New Environment - K8s YAML Project › Test Environment (`04.enviroment.md`).
         */
        post: operations["createEnvironment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/production": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List production environments
         * @description Lists the project's production environments the token's user may see. Needs a Zadig Professional or Enterprise
         *     license.
         *
         *     Docs: Environment › View Environment List › Production Environment (`04.enviroment.md`).
         */
        get: operations["listProductionEnvironments"];
        put?: never;
        /**
         * Create production environment (K8s YAML project)
         * @description Creates an empty production environment of a K8s YAML project in an existing namespace; add services with
         *     `addProductionEnvironmentServices`. Needs a Zadig Professional or Enterprise license.
         *
         *     Docs: Environment › New Environment - K8s YAML Project › Production Environment (`04.enviroment.md`).
         */
        post: operations["createProductionEnvironment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/helm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create environment (Helm Chart project)
         * @description Creates an empty test or production environment of a Helm Chart project; add services with
         *     `addHelmEnvironmentServices`. Production environments need a Zadig Professional or Enterprise license.
         *
         *     Docs: Environment › New Environment - Helm Chart Project (`04.enviroment.md`).
         */
        post: operations["createHelmEnvironment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/{envName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get test environment details
         * @description Gets a test environment with its global variables and its services' containers, variables and status. Meant
         *     for K8s YAML projects.
         *
         *     Docs: Environment › View Environment Details › Test Environment (`04.enviroment.md`).
         */
        get: operations["getEnvironment"];
        /**
         * Edit test environment
         * @description Changes the image registry of a test environment. Meant for K8s YAML projects.
         *
         *     Docs: Environment › Edit Environment › Test Environment (`04.enviroment.md`).
         */
        put: operations["updateEnvironment"];
        post?: never;
        /**
         * Delete test environment
         * @description Deletes a test environment, and with `isDelete=true` also its namespace and the services' resources. Deletion
         *     continues in the background.
         *
         *     Docs: Environment › Delete Environment › Test Environment (`04.enviroment.md`).
         */
        delete: operations["deleteEnvironment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/production/{envName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get production environment details
         * @description Gets a production environment with its global variables and its services' containers, variables and status.
         *     Meant for K8s YAML projects. Needs a Zadig Professional or Enterprise license.
         *
         *     Docs: Environment › View Environment Details › Production Environment (`04.enviroment.md`).
         */
        get: operations["getProductionEnvironment"];
        /**
         * Edit production environment
         * @description Changes the image registry and the display name of a production environment; only project administrators may.
         *     Leaving `env_name` out clears the display name. Needs a Zadig Professional or Enterprise license.
         *
         *     Docs: Environment › Edit Environment › Production Environment (`04.enviroment.md`).
         */
        put: operations["updateProductionEnvironment"];
        post?: never;
        /**
         * Delete production environment
         * @description Removes a production environment from Zadig. The namespace and the services' resources stay in the cluster;
         *     Zadig removes only its labels (and its Istio resources, for gray release). Needs a Zadig Professional or
         *     Enterprise license.
         *
         *     Docs: Environment › Delete Environment › Production Environment (`04.enviroment.md`).
         */
        delete: operations["deleteProductionEnvironment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/{envName}/services/{serviceName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get service details in a test environment
         * @description Gets the Kubernetes resources of a service in a test environment: its workloads and their pods, ingresses,
         *     Kubernetes Services and CronJobs.
         *
         *     Docs: Environment › View Environment Service Details › Test Environment (`04.enviroment.md`).
         */
        get: operations["getEnvironmentService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/production/{envName}/services/{serviceName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get service details in a production environment
         * @description Gets the Kubernetes resources of a service in a production environment: its workloads and their pods,
         *     ingresses, Kubernetes Services and CronJobs.
         *
         *     Docs: Environment › View Environment Service Details › Production Environment (`04.enviroment.md`).
         */
        get: operations["getProductionEnvironmentService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/service/yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get K8s service YAML in a test environment
         * @description Gets the YAML currently applied for a service of a K8s YAML project in a test environment, as plain text. When
         *     the YAML cannot be fetched the server still answers 200, with an empty body. The docs give the path
         *     `/openapi/environments/services/yaml`; the server routes `/service/yaml` (see ERRATA.md).
         *
         *     Docs: Environment › View Environment K8S Service Yaml › Test Environment (`04.enviroment.md`).
         */
        get: operations["getEnvironmentServiceYaml"];
        put?: never;
        /**
         * Add services to a test environment (K8s YAML project)
         * @description Deploys services of a K8s YAML project into a test environment. Services already in the environment are
         *     refused.
         *
         *     Docs: Environment › Add Service - K8s YAML Project › Test Environment (`04.enviroment.md`).
         */
        post: operations["addEnvironmentServices"];
        /**
         * Delete services from a test environment
         * @description Removes services from a test environment and, unless `not_delete_resource` is true, deletes their Kubernetes
         *     resources. Refused (with the sub-environments in the error's `extra`) while a service is also deployed in sub-
         *     environments of this environment.
         *
         *     Docs: Environment › Delete Service › Test Environment (`04.enviroment.md`).
         */
        delete: operations["deleteEnvironmentServices"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/production/service/yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get K8s service YAML in a production environment
         * @description Gets the YAML currently applied for a service of a K8s YAML project in a production environment, as plain
         *     text. When the YAML cannot be fetched the server still answers 200, with an empty body. The docs give the path
         *     `/openapi/environments/production/services/yaml`; the server routes `/production/service/yaml` (see
         *     ERRATA.md).
         *
         *     Docs: Environment › View Environment K8S Service Yaml › Production Environment (`04.enviroment.md`).
         */
        get: operations["getProductionEnvironmentServiceYaml"];
        put?: never;
        /**
         * Add services to a production environment (K8s YAML project)
         * @description Deploys services of a K8s YAML project into a production environment. Services already in the environment are
         *     refused. Needs a Zadig Professional or Enterprise license.
         *
         *     Docs: Environment › Add Service - K8s YAML Project › Production Environment (`04.enviroment.md`).
         */
        post: operations["addProductionEnvironmentServices"];
        /**
         * Delete services from a production environment
         * @description Removes services from a production environment and, unless `not_delete_resource` is true, deletes their
         *     Kubernetes resources. Needs a Zadig Professional or Enterprise license.
         *
         *     Docs: Environment › Delete Service › Production Environment (`04.enviroment.md`).
         */
        delete: operations["deleteProductionEnvironmentServices"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/service/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Helm service values in a test environment
         * @description Gets all values of a Helm service's release in a test environment (chart defaults merged with the
         *     environment's overrides), as plain-text YAML.
         *
         *     Docs: Environment › View Environment Helm Service Values › Test Environment (`04.enviroment.md`).
         */
        get: operations["getEnvironmentServiceValues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/production/service/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Helm service values in a production environment
         * @description Gets all values of a Helm service's release in a production environment (chart defaults merged with the
         *     environment's overrides), as plain-text YAML.
         *
         *     Docs: Environment › View Environment Helm Service Values › Production Environment (`04.enviroment.md`).
         */
        get: operations["getProductionEnvironmentServiceValues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/helm/{envName}/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add services to an environment (Helm Chart project)
         * @description Deploys (or imports) services of a Helm Chart project into a test or production environment, with values from
         *     YAML, key overrides or a file in a code repository. The server takes the environment from the body's
         *     `env_name` and ignores the path parameter, and answers with a status per environment rather than a success
         *     message (see ERRATA.md). Production environments need a Zadig Professional or Enterprise license.
         *
         *     Docs: Environment › Add Service - Helm Chart Project (`04.enviroment.md`).
         */
        post: operations["addHelmEnvironmentServices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/{envName}/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update services in a test environment
         * @description Redeploys services of a test environment with new variable values. Variables left out keep their current
         *     values. Meant for K8s YAML projects.
         *
         *     Docs: Environment › Update Service › Test Environment (`04.enviroment.md`).
         */
        put: operations["updateEnvironmentServices"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/production/{envName}/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update services in a production environment
         * @description Redeploys services of a production environment with new variable values. Variables left out keep their current
         *     values. Meant for K8s YAML projects. Needs a Zadig Professional or Enterprise license.
         *
         *     Docs: Environment › Update Service › Production Environment (`04.enviroment.md`).
         */
        put: operations["updateProductionEnvironmentServices"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/{envName}/envcfgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List environment configurations of a test environment
         * @description Lists the environment configurations of one type in a test environment.
         *
         *     Docs: Environment › View Environment Configuration List › Test Environment (`04.enviroment.md`).
         */
        get: operations["listEnvironmentConfigs"];
        put?: never;
        /**
         * Add environment configuration to a test environment
         * @description Creates a ConfigMap, Secret, Ingress or PVC in a test environment's namespace and records it as an environment
         *     configuration. Needs a Zadig Professional or Enterprise license.
         *
         *     Docs: Environment › Add Environment Configuration › Test Environment (`04.enviroment.md`).
         */
        post: operations["createEnvironmentConfig"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/production/{envName}/envcfgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List environment configurations of a production environment
         * @description Lists the environment configurations of one type in a production environment. Needs a Zadig Professional or
         *     Enterprise license.
         *
         *     Docs: Environment › View Environment Configuration List › Production Environment (`04.enviroment.md`).
         */
        get: operations["listProductionEnvironmentConfigs"];
        put?: never;
        /**
         * Add environment configuration to a production environment
         * @description Meant to create a ConfigMap, Secret, Ingress or PVC in a production environment. The server routes this path
         *     to the test-environment handler: it checks test-environment permissions and looks up a test environment of
         *     that name, so production environments are not found (see ERRATA.md). Needs a Zadig Professional or Enterprise
         *     license.
         *
         *     Docs: Environment › Add Environment Configuration › Production Environment (`04.enviroment.md`).
         */
        post: operations["createProductionEnvironmentConfig"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/{envName}/envcfg/{cfgName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get environment configuration of a test environment
         * @description Gets an environment configuration of a test environment with its YAML. A configuration that does not exist is
         *     answered with 500 (`not found`).
         *
         *     Docs: Environment › View Environment Configuration Details › Test Environment (`04.enviroment.md`).
         */
        get: operations["getEnvironmentConfig"];
        put?: never;
        post?: never;
        /**
         * Delete environment configuration of a test environment
         * @description Deletes an environment configuration of a test environment and its Kubernetes object.
         *
         *     Docs: Environment › Delete Environment Configuration › Test Environment (`04.enviroment.md`).
         */
        delete: operations["deleteEnvironmentConfig"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/production/{envName}/envcfg/{cfgName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get environment configuration of a production environment
         * @description Gets an environment configuration of a production environment with its YAML. A configuration that does not
         *     exist is answered with 500 (`not found`). Needs a Zadig Professional or Enterprise license.
         *
         *     Docs: Environment › View Environment Configuration Details › Production Environment (`04.enviroment.md`).
         */
        get: operations["getProductionEnvironmentConfig"];
        put?: never;
        post?: never;
        /**
         * Delete environment configuration of a production environment
         * @description Deletes an environment configuration of a production environment and its Kubernetes object. Needs a Zadig
         *     Professional or Enterprise license.
         *
         *     Docs: Environment › Delete Environment Configuration › Production Environment (`04.enviroment.md`).
         */
        delete: operations["deleteProductionEnvironmentConfig"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/envcfgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update environment configuration
         * @description Replaces the YAML of an environment configuration of a test environment and restarts the services that use it.
         *     The environment is the body's `env_key`.
         *
         *     Docs: Environment › Update Environment Configuration (`04.enviroment.md`).
         */
        put: operations["updateEnvironmentConfig"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/production/envcfgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update environment configuration of a production environment
         * @description Meant to replace the YAML of an environment configuration of a production environment. The server checks
         *     production-environment permissions but then looks the environment up as a test environment, so production
         *     environments are not found. Needs a Zadig Professional or Enterprise license.
         *
         *     Undocumented: route `PUT /openapi/environments/production/envcfgs` (`OpenAPIUpdateProductionCommonEnvCfg`) in
         *     `core/environment/handler/router.go` and `handler/openapi.go`; same body as `updateEnvironmentConfig`.
         */
        put: operations["updateProductionEnvironmentConfig"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/{envName}/variable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get global variables of a test environment
         * @description Gets the global variables of a test environment and the services that use each. Meant for K8s YAML projects.
         *
         *     Docs: Environment › View Global Variables › Test Environment (`04.enviroment.md`).
         */
        get: operations["getEnvironmentGlobalVariables"];
        /**
         * Update global variables of a test environment
         * @description Replaces the global variables of a test environment and redeploys the services whose variables use a changed
         *     value. Send the whole list (see `UpdateEnvironmentGlobalVariablesRequest`). Needs a Zadig Professional or
         *     Enterprise license.
         *
         *     Docs: Environment › Update Global Variables › Test Environment (`04.enviroment.md`).
         */
        put: operations["updateEnvironmentGlobalVariables"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/production/{envName}/variable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get global variables of a production environment
         * @description Gets the global variables of a production environment and the services that use each. Meant for K8s YAML
         *     projects.
         *
         *     Docs: Environment › View Global Variables › Production Environment (`04.enviroment.md`).
         */
        get: operations["getProductionEnvironmentGlobalVariables"];
        /**
         * Update global variables of a production environment
         * @description Replaces the global variables of a production environment and redeploys the services whose variables use a
         *     changed value. Send the whole list (see `UpdateEnvironmentGlobalVariablesRequest`). Needs a Zadig Professional
         *     or Enterprise license.
         *
         *     Docs: Environment › Update Global Variables › Production Environment (`04.enviroment.md`).
         */
        put: operations["updateProductionEnvironmentGlobalVariables"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/kube/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List events
         * @description Lists the Kubernetes events of one object (a Deployment, a Pod, …) in an environment's namespace, selected by
         *     the involved object's name and kind. Works for test and production environments alike. The server checks no
         *     project permission on this route and validates none of the query parameters: an unknown environment is
         *     answered with 500, an unknown object with an empty list.
         *
         *     Docs: Environment › List Events (`04.enviroment.md`).
         */
        get: operations["listEnvironmentKubeEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/scale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Adjust service instance replica count
         * @description Sets the replica count of a Deployment, StatefulSet or CloneSet of a service in a test environment. In K8s
         *     YAML projects the workload must belong to `service_name`, and the new count is also written to the service
         *     variable or global variable that sets it, so later deployments keep it. Fails while the environment sleeps.
         *
         *     Docs: Environment › Adjust Service Instance Replica Count (`04.enviroment.md`).
         */
        post: operations["scaleEnvironmentWorkload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/{envName}/service/{serviceName}/pods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View service pod list (test environment)
         * @description Lists the Pods of a service's workloads in a test environment, with their status, images and owning workload. Use it to
         *     find the `pod_name` to restart.
         *
         *     Docs: Environment › View Service Pod List › Test Environment (`04.enviroment.md`).
         */
        get: operations["listEnvironmentServicePods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/production/{envName}/service/{serviceName}/pods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View service pod list (production environment)
         * @description Lists the Pods of a service's workloads in a production environment, with their status, images and owning workload. Use it to
         *     find the `pod_name` to restart. Needs a Zadig professional or enterprise license (otherwise 400, code 7050).
         *
         *     Docs: Environment › View Service Pod List › Production Environment (`04.enviroment.md`).
         */
        get: operations["listProductionEnvironmentServicePods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/{envName}/pod/{podName}/restart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restart a single pod (test environment)
         * @description Restarts one Pod of a test environment by deleting it, so that its workload creates a new one. A Pod that does not exist
         *     is answered with 400 (code 6153). Only main routes this shape (unreleased):
         *     v4.3.0 and v5.0.0 route `restartEnvironmentServicePod`, with the `/service/<serviceName>` segment the English docs show (see
         *     ERRATA.md). A client given `zadigVersion` ≤ v5.0.0 sends this call there, and then needs `serviceName`.
         *
         *     Docs: Environment › Restart a Single Pod › Test Environment (`04.enviroment.md`).
         */
        post: operations["restartEnvironmentPod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/production/{envName}/pod/{podName}/restart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restart a single pod (production environment)
         * @description Restarts one Pod of a production environment by deleting it, so that its workload creates a new one. A Pod that does not exist
         *     is answered with 400 (code 6153). Only main routes this shape (unreleased):
         *     v4.3.0 and v5.0.0 route `restartProductionEnvironmentServicePod`, with the `/service/<serviceName>` segment the English docs show (see
         *     ERRATA.md). A client given `zadigVersion` ≤ v5.0.0 sends this call there, and then needs `serviceName`. Needs a Zadig professional or enterprise license (otherwise 400, code 7050).
         *
         *     Docs: Environment › Restart a Single Pod › Production Environment (`04.enviroment.md`).
         */
        post: operations["restartProductionEnvironmentPod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/{envName}/service/{serviceName}/pod/{podName}/restart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restart a single pod of a service (test environment, Zadig v4.3.0 – v5.0.0)
         * @description Restarts one Pod of a test environment by deleting it, so that its workload creates a new one: the route of
         *     Zadig v4.3.0 and v5.0.0, with the service segment the English docs show. The server checks that
         *     `serviceName` is not empty and that the Pod belongs to that service (400 "pod … does not belong to service …"
         *     otherwise; v5.0.0 also refuses Pods of Job workloads), `OpenAPIRestartServicePod` in
         *     `core/environment/service/openapi.go`. Newer
         *     servers (main) route `restartEnvironmentPod` instead, without the service segment (see ERRATA.md); a client
         *     given `zadigVersion` ≤ v5.0.0 sends `restartEnvironmentPod` calls here. A Pod that does not exist is
         *     answered with 400 (code 6153).
         *
         *     Docs: Environment › Restart a Single Pod › Test Environment (`04.enviroment.md`).
         */
        post: operations["restartEnvironmentServicePod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/production/{envName}/service/{serviceName}/pod/{podName}/restart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restart a single pod of a service (production environment, Zadig v4.3.0 – v5.0.0)
         * @description Restarts one Pod of a production environment by deleting it, so that its workload creates a new one: the route of
         *     Zadig v4.3.0 and v5.0.0, with the service segment the English docs show. The server checks that
         *     `serviceName` is not empty and that the Pod belongs to that service (400 "pod … does not belong to service …"
         *     otherwise; v5.0.0 also refuses Pods of Job workloads), `OpenAPIRestartServicePod` in
         *     `core/environment/service/openapi.go`. Newer
         *     servers (main) route `restartProductionEnvironmentPod` instead, without the service segment (see ERRATA.md); a client
         *     given `zadigVersion` ≤ v5.0.0 sends `restartProductionEnvironmentPod` calls here. A Pod that does not exist is
         *     answered with 400 (code 6153). Needs a Zadig professional or enterprise license (otherwise 400, code 7050).
         *
         *     Docs: Environment › Restart a Single Pod › Production Environment (`04.enviroment.md`).
         */
        post: operations["restartProductionEnvironmentServicePod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/{envName}/service/{serviceName}/restart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restart service instance (test environment)
         * @description Restarts the workloads of a service in a test environment (a rolling restart). In Helm Chart projects it restarts the
         *     Deployment, DaemonSet or StatefulSet named like the service; in K8s YAML projects the service's workloads,
         *     and a service that is not in the environment is answered with success without doing anything. Fails while
         *     the environment sleeps.
         *
         *     Docs: Environment › Restart Service Instance › Test Environment (`04.enviroment.md`).
         */
        post: operations["restartEnvironmentService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/production/{envName}/service/{serviceName}/restart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restart service instance (production environment)
         * @description Restarts the workloads of a service in a production environment (a rolling restart). In Helm Chart projects it restarts the
         *     Deployment, DaemonSet or StatefulSet named like the service; in K8s YAML projects the service's workloads,
         *     and a service that is not in the environment is answered with success without doing anything. Fails while
         *     the environment sleeps. Needs a Zadig professional or enterprise license (otherwise 400, code 7050).
         *
         *     Docs: Environment › Restart Service Instance › Production Environment (`04.enviroment.md`).
         */
        post: operations["restartProductionEnvironmentService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/image/deployment/{envName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update Deployment image
         * @description Replaces the image of one container of a Deployment in a test environment. In K8s YAML projects the server patches
         *     the Deployment and records the image on the service; in Helm Chart projects it upgrades the service's release with
         *     the new image. The environment is the body's `env_name`; the path's environment segment is ignored.
         *
         *     Docs: Environment › Update Image › Update Deployment Image (`04.enviroment.md`).
         */
        post: operations["updateEnvironmentDeploymentImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/image/statefulset/{envName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update StatefulSet image
         * @description Replaces the image of one container of a StatefulSet in a test environment. In K8s YAML projects the server patches
         *     the StatefulSet and records the image on the service; in Helm Chart projects it upgrades the service's release with
         *     the new image. The environment is the body's `env_name`; the path's environment segment is ignored.
         *
         *     Docs: Environment › Update Image › Update Statefulset Image (`04.enviroment.md`).
         */
        post: operations["updateEnvironmentStatefulSetImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/image/cronjob/{envName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update CronJob image
         * @description Replaces the image of one container of a CronJob in a test environment. In K8s YAML projects the server patches
         *     the CronJob and records the image on the service; in Helm Chart projects it upgrades the service's release with
         *     the new image. The environment is the body's `env_name`; the path's environment segment is ignored.
         *
         *     Docs: Environment › Update Image › Update Cronjob Image (`04.enviroment.md`).
         */
        post: operations["updateEnvironmentCronJobImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/image/job/{envName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update Job image
         * @description Replaces the image of one container of a Job in a test environment. In K8s YAML projects the server patches
         *     the Job and records the image on the service; in Helm Chart projects it upgrades the service's release with
         *     the new image. The environment is the body's `env_name`; the path's environment segment is ignored.
         *
         *     Undocumented: route `POST /openapi/environments/image/job/:envName` (`OpenAPIUpdateJobContainerImage`), same body as
         *     the other image routes, in `core/environment/handler/router.go` and `handler/image.go`.
         */
        post: operations["updateEnvironmentJobImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/{envName}/check/workloads/k8services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check workloads' K8s services
         * @description Lists the Deployments and StatefulSets of a test environment's namespace that no Kubernetes Service
         *     selects. Sub environments route traffic through Services, so check this before enabling them. The docs
         *     spell the last path segment `k8sservices`; the server routes `k8services` (see ERRATA.md).
         *
         *     Docs: Environment › Sub Environment › Check Workload's K8S Service (`04.enviroment.md`).
         */
        get: operations["checkSubEnvironmentWorkloadServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/{envName}/share/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable sub environment
         * @description Makes an environment a base environment that sub environments can share (Istio-based self-test mode): labels
         *     its namespace for Istio injection, restarts Pods without the `istio-proxy` sidecar, deploys VirtualServices
         *     and the Zadig EnvoyFilter. The work continues after the answer; poll `checkSubEnvironmentReady` with
         *     `op=enable`. Needs a Zadig enterprise license (otherwise 400, code 7050); fails while the environment sleeps.
         *
         *     Docs: Environment › Sub Environment › Enable Sub Environment (`04.enviroment.md`).
         */
        post: operations["enableSubEnvironment"];
        /**
         * Disable sub environment
         * @description Turns a base environment back into an ordinary one: deletes its sub environments, the Zadig EnvoyFilter,
         *     Gateways and VirtualServices, removes the namespace's Istio label and restarts the Pods without
         *     `istio-proxy`. Poll `checkSubEnvironmentReady` with `op=disable`. Needs a Zadig enterprise license
         *     (otherwise 400, code 7050); fails while the environment sleeps.
         *
         *     Docs: Environment › Sub Environment › Disable Sub Environment (`04.enviroment.md`).
         */
        delete: operations["disableSubEnvironment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/{envName}/check/sharenv/{op}/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check sub environment ready
         * @description Checks whether enabling or disabling sub environments on an environment has taken effect, and reports each
         *     condition.
         *
         *     Docs: Environment › Sub Environment › Check Sub Environment Ready (`04.enviroment.md`).
         */
        get: operations["checkSubEnvironmentReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/environments/{envName}/share/portal/{serviceName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get entry service
         * @description Gets the entry service of a service in an environment that takes part in environment sharing (a base
         *     environment or a sub environment): the Istio ingress gateway's address and the hosts and ports the service
         *     is exposed on. Other environments are answered with 400 (code 6079).
         *
         *     Current servers compute the entry service but do not send it: the handler never sets its result, so the
         *     answer is `{"message": "success"}` (see ERRATA.md). The schema accepts both shapes.
         *
         *     Docs: Environment › Sub Environment › Get Entry Service (`04.enviroment.md`).
         */
        get: operations["getSubEnvironmentPortalService"];
        put?: never;
        /**
         * Set entry service
         * @description Sets the entry service of a service in a base environment: creates the service's Istio Gateway with the
         *     given servers, opens their ports on `istio-ingressgateway` and points the service's VirtualServices at the
         *     Gateway. An empty array removes the entry service. The Istio ingress gateway needs a load balancer address.
         *     The environment must take part in environment sharing (otherwise 400, code 6079). Needs a Zadig enterprise
         *     license (otherwise 400, code 7050).
         *
         *     Docs: Environment › Sub Environment › Set Entry Service (`04.enviroment.md`).
         */
        post: operations["setSubEnvironmentPortalService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/logs/sse/pods/{podName}/containers/{containerName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View container real-time logs
         * @description Streams the log of one container of a Pod in an environment (test or production) as server-sent events:
         *     the last `tails` lines, then new lines as they come (follow), one `message` event per line, until the
         *     client disconnects or the container stops. If the environment, Pod or container cannot be found the stream
         *     simply ends without events. The server checks no project permission on this route.
         *
         *     Docs: Environment › View Container Real-Time Logs (`04.enviroment.md`).
         */
        get: operations["streamContainerLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/service/yaml/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List test services
         * @description Lists the test services of a project with their components (containers). The server answers with a bare
         *     array; the docs' example wraps it in a `service` object (see ERRATA.md).
         *
         *     Docs: Service › Get Service List › Test Service (`05.service.md`).
         */
        get: operations["listServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/service/yaml/production/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List production services
         * @description Lists the production services of a project with their components (containers). Production services need a Zadig Professional license; without one the server answers error 7050 (status 400).
         *
         *     Docs: Service › Get Service List › Production Service (`05.service.md`).
         */
        get: operations["listProductionServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/service/yaml/{serviceName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get test service details
         * @description Gets a test K8s YAML service: its YAML, components and variables. A service that does not exist is
         *     answered with 500, not 404.
         *
         *     Docs: Service › Get Service Details › Test Service (`05.service.md`).
         */
        get: operations["getService"];
        /**
         * Update test service configuration
         * @description Replaces the YAML of a test K8s YAML service; its variables are kept. Services created from a template
         *     with `auto_sync` on cannot be updated (error 6092).
         *
         *     Docs: Service › Update Service Configuration › Test Service (`05.service.md`).
         */
        put: operations["updateServiceConfig"];
        post?: never;
        /**
         * Delete test service
         * @description Deletes a test K8s YAML service from the project.
         *
         *     Docs: Service › Delete Service › Test Service (`05.service.md`).
         */
        delete: operations["deleteService"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/service/yaml/production/{serviceName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get production service details
         * @description Gets a production K8s YAML service: its YAML, components and variables. A service that does not exist is
         *     answered with 500, not 404. Production services need a Zadig Professional license; without one the server answers error 7050 (status 400).
         *
         *     Docs: Service › Get Service Details › Production Service (`05.service.md`).
         */
        get: operations["getProductionService"];
        /**
         * Update production service configuration
         * @description Replaces the YAML of a production K8s YAML service; its variables are kept. Services created from a
         *     template with `auto_sync` on cannot be updated (error 6092). Production services need a Zadig Professional license; without one the server answers error 7050 (status 400).
         *
         *     Docs: Service › Update Service Configuration › Production Service (`05.service.md`).
         */
        put: operations["updateProductionServiceConfig"];
        post?: never;
        /**
         * Delete production service
         * @description Deletes a production K8s YAML service from the project. Production services need a Zadig Professional license; without one the server answers error 7050 (status 400).
         *
         *     Docs: Service › Delete Service › Production Service (`05.service.md`).
         */
        delete: operations["deleteProductionService"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/service/yaml/{serviceName}/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get service labels
         * @description Lists the labels bound to a service. The undocumented `production` query parameter picks the test or the
         *     production service; without it the labels of both are listed. The server routes
         *     `/openapi/service/yaml/production/labels` to `getProductionService`, so a service named `production` cannot be
         *     reached here.
         *
         *     Docs: Service › Get Service Labels (`05.service.md`).
         */
        get: operations["listServiceLabels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/service/yaml/{serviceName}/variable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update test service variables
         * @description Changes variables of a test K8s YAML service. Only keys the service already has are changed, each with its
         *     whole definition (`value`, `type`, `options`, `desc`); other keys are ignored. A body without
         *     `service_variable_kvs` is answered with 500. A service named `production` cannot be reached on this route (the
         *     server routes `/openapi/service/yaml/production/variable` to `updateProductionServiceConfig`).
         *
         *     Docs: Service › Update Service Variable › Test Service (`05.service.md`).
         */
        put: operations["updateServiceVariables"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/service/yaml/production/{serviceName}/variable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update production service variables
         * @description Changes variables of a production K8s YAML service. Only keys the service already has are changed, each
         *     with its whole definition (`value`, `type`, `options`, `desc`); other keys are ignored. A body without
         *     `service_variable_kvs` is answered with 500. Production services need a Zadig Professional license; without one the server answers error 7050 (status 400).
         *
         *     Docs: Service › Update Service Variable › Production Service (`05.service.md`).
         */
        put: operations["updateProductionServiceVariables"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/service/yaml/raw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create test service from YAML
         * @description Creates a test K8s YAML service from YAML entered by hand, with its variables.
         *
         *     Docs: Service › Create New Service Manually › Test Service (`05.service.md`).
         */
        post: operations["createServiceFromYaml"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/service/yaml/production/raw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create production service from YAML
         * @description Creates a production K8s YAML service from YAML entered by hand, with its variables. A missing
         *     `projectKey` is answered with 500 on this route. Production services need a Zadig Professional license; without one the server answers error 7050 (status 400).
         *
         *     Docs: Service › Create New Service Manually › Production Service (`05.service.md`).
         */
        post: operations["createProductionServiceFromYaml"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/service/template/load/yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create test service from template
         * @description Creates a test K8s YAML service from a K8s YAML template of the template library, with values for the
         *     template's variables. The project is given in the body (`project_key`). A missing `service_name`,
         *     `project_key` or `template_name`, an unknown template and malformed JSON are all answered with 500.
         *
         *     Docs: Service › Create New Service Using Template › Test Service (`05.service.md`).
         */
        post: operations["createServiceFromTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/service/template/production/load/yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create production service from template
         * @description Creates a production K8s YAML service from a K8s YAML template. The docs list a required `yaml` field; the
         *     server has none (the YAML comes from the template). The server does not check the caller's project permissions
         *     on this route; a missing `service_name`, `project_key` or `template_name` is answered with 500. Production services need a Zadig Professional license; without one the server answers error 7050 (status 400).
         *
         *     Docs: Service › Create New Service Using Template › Production Service (`05.service.md`).
         */
        post: operations["createProductionServiceFromTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/service/template/load/helm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Helm service from template
         * @description Creates a Helm service from a chart template (see `listChartTemplates`), with values YAML and values for
         *     the template's variables. The server takes the project from the `projectKey` query parameter; the body's
         *     `project_key` must be non-empty (binding) but its value is not used. With `production: true` non-admin callers need a Zadig Professional license (error
         *     7050, status 400, otherwise).
         *
         *     Docs: Service › Create Helm Service from Template (`05.service.md`).
         */
        post: operations["createHelmServiceFromTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/service/loader/load": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create K8s YAML service from code repository
         * @description Creates K8s YAML services from YAML files or directories of a repository in an integrated code source
         *     (GitHub, GitLab, Gerrit, Gitee or Gitee Enterprise). The repository is given in the query, the project and the
         *     paths in the body. With `production=true` this needs a Zadig Professional license; without one the server answers error 7050 (status 400).
         *
         *     Only main routes this shape (unreleased): Zadig v5.0.0 routes `createServiceFromRepoByCodehostId`, with the
         *     code host's id in the path (see ERRATA.md). A client given `zadigVersion` v5.0.0 sends this call there, and
         *     then needs `codehostId`.
         *
         *     Docs: Service › Create K8s YAML Service from Code Repository (`05.service.md`).
         */
        post: operations["createServiceFromRepo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/service/loader/load/{codehostId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create K8s YAML service from code repository (Zadig v5.0.0, code host by id)
         * @description Creates K8s YAML services from YAML files or directories of a repository in an integrated code source
         *     (GitHub, GitLab, Gerrit, Gitee or Gitee Enterprise). The repository is given in the query, the project and the
         *     paths in the body. With `production=true` this needs a Zadig Professional license; without one the server answers error 7050 (status 400).
         *
         *     The route of Zadig v5.0.0: the code host is the integer id in the path. Newer servers (main) route
         *     `createServiceFromRepo`, which names the code host in the `codehostName` query parameter (see ERRATA.md); a
         *     client given `zadigVersion` v5.0.0 sends `createServiceFromRepo` calls here, and then needs `codehostId`.
         *     No release before v5.0.0 routes either. The server checks (`OpenAPILoadServiceFromCodeHostReq.Validate`):
         *     `repoName` or `repoUUID`, `repoOwner`, `product_name` and a non-empty `service_paths`; a `codehostId` that
         *     is not an integer is answered with 400.
         *
         *     Docs: Service › Create K8s YAML Service from Code Repository (`05.service.md`).
         */
        post: operations["createServiceFromRepoByCodehostId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/service/helm/load": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Helm service
         * @description Creates Helm services from charts in an integrated code source, a public GitHub repository or an integrated
         *     chart repository. Charts that fail are reported in `failedServices`; the call still succeeds.
         *     With `production: true` this needs a Zadig Professional license; without one the server answers error 7050 (status 400).
         *
         *     Docs: Service › Create Helm Service (`05.service.md`).
         */
        post: operations["createHelmService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/templates/charts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List chart templates
         * @description Lists the chart templates of the template library and the system variables chart templates may use. Needs
         *     system admin or the template library's view permission. The docs' API overview lists the route, but no page
         *     describes it.
         *
         *     Undocumented: route `GET /openapi/templates/charts` in `core/templatestore/handler/router.go` (`OpenAPIRouter`),
         *     handler `OpenAPIListChartTemplates` in `core/templatestore/handler/openapi.go`, response built in
         *     `core/templatestore/service/openapi.go`.
         */
        get: operations["listChartTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/build": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query build list
         * @description Lists a project's builds with the services they build, one page at a time.
         *
         *     Docs: Build › Query Build List (`06.build.md`).
         */
        get: operations["listBuilds"];
        /**
         * Update build
         * @description Replaces the build named by the body's `name` in `project_key` with the body (`BuildRequest`): fields left
         *     out are cleared. The build's name, project and source are kept.
         *
         *     With `source=template` the server does not update: it takes a `BuildFromTemplateRequest` and creates a new
         *     build from the template, exactly as `createBuild` does (see ERRATA.md). Use `updateBuildFromTemplate` to
         *     update a template build. The `projectKey` the docs put in the query string is ignored.
         *
         *     Docs: Build › Update Build (`06.build.md`).
         */
        put: operations["updateBuild"];
        /**
         * Create build
         * @description Creates a build in the body's `project_key`. Without `source` the body is a plain build (`BuildRequest`):
         *     OS image, packages, repositories, script, image build step and advanced settings. With `source=template`
         *     the body is a build from a build template (`BuildFromTemplateRequest`); that variant needs a Zadig
         *     Professional (enterprise) license.
         *
         *     The docs also put `projectKey` in the query string; the server ignores it and reads `project_key` from the
         *     body (see ERRATA.md).
         *
         *     Docs: Build › Create Build and Create Build from Template (`06.build.md`).
         */
        post: operations["createBuild"];
        /**
         * Delete build
         * @description Deletes a build. A build that services still reference cannot be deleted (400). Deleting a build that does
         *     not exist succeeds.
         *
         *     Docs: Build › Delete Build (`06.build.md`).
         */
        delete: operations["deleteBuild"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/build/{name}/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update build from template
         * @description Points a build at a build template and replaces its services' repositories and variables. The server finds
         *     the build by the body's `name` and `project_key`; the path's build name and the docs' `projectKey` query
         *     parameter are not read (see ERRATA.md). Needs a Zadig Professional (enterprise) license.
         *
         *     Docs: Build › Update Build from Template (`06.build.md`).
         */
        put: operations["updateBuildFromTemplate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/build/{name}/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get build details
         * @description Gets a build's configuration: repositories, build environment, advanced settings, script, variables,
         *     outputs and post-build steps. For a template build, `serviceName` and `serviceModule` select the service
         *     whose repositories and variables are returned.
         *
         *     Docs: Build › Get Build Details (`06.build.md`).
         */
        get: operations["getBuild"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/quality/testing/task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute test task
         * @description Runs a test. `repo_info` overrides branches, pull requests or commits of repositories already configured in
         *     the test, and `inputs` overrides values of the test's configured variables; everything else comes from the
         *     test's configuration. A missing test, an unknown repository or input and Perforce overrides are answered
         *     with 500.
         *
         *     Docs: Test › Execute Test Task (`07.test.md`).
         */
        post: operations["createTestTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/quality/testing/{testName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get test information
         * @description Gets the runtime inputs a test accepts. Values of credential inputs are not returned; `has_value` tells
         *     whether one is configured. Needs the project's test execute permission.
         *
         *     Docs: Test › Get Test Information (`07.test.md`).
         */
        get: operations["getTest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/quality/testing/{testName}/task/{taskID}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get test task details
         * @description Gets a test task's status and times and, once it has passed, its JUnit test report. The server requires
         *     `projectKey` but finds the task by test name and task ID alone (see ERRATA.md); a missing task is answered
         *     with 500.
         *
         *     Docs: Test › Get Test Task Details (`07.test.md`).
         */
        get: operations["getTestTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/quality/codescan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create code scan
         * @description Creates a code scan in the body's `project_key`: a SonarQube scan (`scanner_type` `sonarQube`, with the
         *     SonarQube integration `sonar_system`) or a script scan (`other`).
         *
         *     On the current server this call fails with a 500 and an empty body: the OpenAPI conversion leaves the
         *     scan's trigger settings unset and the creation code dereferences them (see ERRATA.md).
         *
         *     Docs: Code Scanning › Create Code Scan (`08.scan.md`).
         */
        post: operations["createCodeScan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/quality/codescan/{scanName}/task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute code scan task
         * @description Runs a code scan on the given branches or pull requests. Each entry of `scan_repos` must match a repository
         *     of the scan by `repo_owner`, `repo_name` and `source`; the server compares it with the scan's first
         *     repository only and drops entries that do not match (see ERRATA.md). A missing scan is answered with 500.
         *
         *     Docs: Code Scanning › Execute Code Scan Task (`08.scan.md`).
         */
        post: operations["createCodeScanTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/quality/codescan/{scanName}/task/{taskID}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get code scan task details
         * @description Gets a code scan task's status, times, result link and repositories. A missing scan or task is answered
         *     with 500.
         *
         *     Docs: Code Scanning › Get Code Scan Task Details (`08.scan.md`).
         */
        get: operations["getCodeScanTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/delivery/releases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List versions
         * @description Lists a project's versions, newest first, one page at a time.
         *
         *     Docs: Version Management › List Versions (`09.delivery.md`).
         */
        get: operations["listReleases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/delivery/releases/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get version details
         * @description Gets a version with its services, images and push status, by project and version name.
         *
         *     The docs give `GET /openapi/delivery/releases/:id`; servers since the August 2025 delivery-version rework
         *     route this path instead (see ERRATA.md). For older servers use `getReleaseById`.
         *
         *     Docs: Version Management › Get Version Details (`09.delivery.md`).
         */
        get: operations["getRelease"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/delivery/releases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get version details by ID (servers before August 2025)
         * @deprecated
         * @description Gets a version by its ID, in the older shape (`version_info`, `deploy_infos`, `distribute_infos`).
         *
         *     Only servers from before the delivery-version rework of August 2025 (Zadig v2.x up to v4.0) route this;
         *     newer servers answer 405 Method Not Allowed. Use `getRelease` on current servers.
         *
         *     Docs: Version Management › Get Version Details (`09.delivery.md`; v2.3.0 for this response shape).
         */
        get: operations["getReleaseById"];
        put?: never;
        post?: never;
        /**
         * Delete version
         * @description Deletes a version. The server deletes by ID and uses `projectKey` only to check permissions; deleting an
         *     ID that does not exist succeeds.
         *
         *     Docs: Version Management › Delete Version (`09.delivery.md`).
         */
        delete: operations["deleteRelease"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/delivery/releases/k8s": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create version for a K8s YAML project
         * @description Starts creating a version of a K8s YAML project. Creation runs in the background: the version's status
         *     is `creating` until it becomes `success` or `failed` (poll `getRelease`).
         *
         *     Docs: Version Management › Create Version for K8s YAML Project (`09.delivery.md`).
         */
        post: operations["createK8sRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/delivery/releases/helm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create version for a Helm Chart project
         * @description Starts creating a version of a Helm Chart project: charts are pushed to `chart_repo_name` and images to
         *     the image registry. Creation runs in the background (poll `getRelease`).
         *
         *     Docs: Version Management › Create Version for Helm Chart Project (`09.delivery.md`).
         */
        post: operations["createHelmRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/delivery/releases/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry creating a version
         * @description Retries creating a version whose status is `failed`; its status becomes `retrying`.
         *
         *     The docs list `id` and `projectKey` as body fields; the server reads them from the query string
         *     (see ERRATA.md).
         *
         *     Docs: Version Management › Retry Create Release (`09.delivery.md`).
         */
        post: operations["retryRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/release_plan/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List release plans
         * @description Lists release plans, highest index first, one page at a time.
         *
         *     Docs: Release Plan › Get Release Plan List (`10.release-plan.md`).
         */
        get: operations["listReleasePlans"];
        put?: never;
        /**
         * Create release plan
         * @description Creates a release plan in status `planning`, with no jobs (add them with `updateReleasePlan`).
         *
         *     Docs: Release Plan › Create Release Plan (`10.release-plan.md`).
         */
        post: operations["createReleasePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/release_plan/v1/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get release plan details
         * @description Gets a release plan with its approval configuration, jobs and timeline.
         *
         *     Docs: Release Plan › Get Release Plan Details (`10.release-plan.md`).
         */
        get: operations["getReleasePlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update release plan and jobs
         * @description Replaces a release plan's fields, approval and jobs. Send the whole plan: fields left out are cleared
         *     (see `UpdateReleasePlanRequest`). Not allowed while the plan is executing, waiting for approval or done.
         *
         *     Docs: Release Plan › Update Release Plan and Jobs (`10.release-plan.md`).
         */
        patch: operations["updateReleasePlan"];
        trace?: never;
    };
    "/api/aslan/delivery/releases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get version list
         * @description Lists versions (delivery releases), newest first, optionally filtered by project, delivery workflow, task
         *     and label. This is the internal aslan route (`/api/aslan/...`), not an `/openapi/...` one; it needs a
         *     Zadig Professional or Enterprise license. Each item leaves out the services (`services` is always empty):
         *     get them with `getRelease`. The total number of matching versions is in the `X-Total` header.
         *
         *     The docs' response example shows the pre-v2 shape (`versionInfo`, `deployInfo`, ...); current servers send
         *     the flat records below (see ERRATA.md).
         *
         *     Docs: Artifact Management › Get Version List (`11.delivery-center-api.md`).
         */
        get: operations["listArtifactReleases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/dc/artifact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get artifact trace information
         * @description Gets the trace of a delivered artifact (an image built, or a file archived, by a workflow) by its full
         *     image address: the artifact and its activities (builds with their commits), also grouped by activity type.
         *
         *     The docs' overview lists this route only in an HTML comment and has no section for it. The server still
         *     serves it from the former picket public router, which aslan mounts at `/public-api/v1/dc/artifact`;
         *     `/api/directory` is the public prefix the gateway gives that router (the repository does not hold the
         *     gateway configuration, so check your installation). Errors of the lookup, a missing or unknown `image`
         *     among them, come back as 500.
         *
         *     Undocumented: routed by `pkg/microservice/picket/core/public/handler/router.go` (`GET /dc/artifact`,
         *     handler `GetArtifactInfo` in `public.go`), mounted in `pkg/microservice/aslan/server/rest/router.go`.
         */
        get: operations["getArtifactTrace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/system/cluster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List cluster information
         * @description Lists the clusters integrated with Zadig, with their provider, type and connection status. Any valid token
         *     may call it. With `projectName`, only the clusters that project may use (including those open to all
         *     projects).
         *
         *     Docs: Cluster › List Cluster Information (`12.cluster.md`).
         */
        get: operations["listClusters"];
        put?: never;
        /**
         * Create cluster
         * @description Integrates a cluster. An `agent` cluster stays `pending` until the agent installed with `agent_cmd`
         *     connects; a `kubeconfig` cluster is connected at once (Zadig installs its workflow resources in it).
         *     Needs system administrator rights.
         *
         *     Docs: Cluster › Create Cluster (`12.cluster.md`).
         */
        post: operations["createCluster"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/system/cluster/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update specified cluster
         * @description Replaces a cluster's name, description and the projects that may use it. Other settings are kept. Needs
         *     system administrator rights. An unknown cluster ID is answered with success and changes nothing.
         *
         *     Docs: Cluster › Update Specified Cluster (`12.cluster.md`).
         */
        put: operations["updateCluster"];
        post?: never;
        /**
         * Delete specified cluster
         * @description Deletes a cluster. Refused (400) while environments exist in it. Needs system administrator rights;
         *     deleting an ID that does not exist succeeds.
         *
         *     Docs: Cluster › Delete Specified Cluster (`12.cluster.md`).
         */
        delete: operations["deleteCluster"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/cluster/istio/check/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check cluster Istio installation
         * @description Tells whether Istio is installed in a cluster, i.e. whether an `istiod` Deployment exists in any of its
         *     namespaces. Any valid token may call it. A cluster Zadig cannot reach is answered with 500.
         *
         *     Docs: Cluster › Check Cluster Istio Installation (`12.cluster.md`).
         */
        get: operations["checkClusterIstio"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/system/registry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List image registry information
         * @description Lists all image registries, without credentials. Any valid token may call it.
         *
         *     Docs: Image Registry › List Image Registry Information (`13.registry.md`).
         */
        get: operations["listRegistries"];
        put?: never;
        /**
         * Integrate image registry
         * @description Integrates an image registry. Needs system administrator rights. The server does not check the
         *     credentials against the registry. Invalid fields (address, provider, namespace, ECR region) are answered
         *     with 500, not 400 (see ERRATA.md).
         *
         *     Docs: Image Registry › Integrate Image Registry (`13.registry.md`).
         */
        post: operations["createRegistry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/system/registry/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get specified image registry information
         * @description Gets an image registry, without credentials. Needs system administrator rights. An unknown ID is answered
         *     with 500.
         *
         *     Docs: Image Registry › Get Specified Image Registry Information (`13.registry.md`).
         */
        get: operations["getRegistry"];
        /**
         * Update specified image registry information
         * @description Replaces an image registry's address, provider, region, namespace and default flag; credentials and TLS
         *     settings are kept. Needs system administrator rights. Environments using the registry get their image
         *     pull secret refreshed when the address changes. The providers `acr-enterprise`, `tcr-enterprise`, `ecr`
         *     and `jfrog` need a Zadig Professional or Enterprise license.
         *
         *     Docs: Image Registry › Update Specified Image Registry Information (`13.registry.md`).
         */
        put: operations["updateRegistry"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/statistics/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Data overview
         * @description Counts the installation's projects, clusters, services, workflows, environments and delivery artifacts.
         *     Any valid API token may call it; the counts cover all projects.
         *
         *     Docs: Performance Insight › Data Overview (`14.date-insight.md`).
         */
        get: operations["getInsightOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/statistics/build": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Build data statistics
         * @description Counts builds in a period, with one entry per day. Without `startDate` the totals cover all time. The
         *     server filters by a single `projectKey`, not the docs' `productNames` list, and applies it to the totals
         *     only. With no build statistics recorded in the period the server fails with 500 (see ERRATA.md).
         *
         *     Docs: Performance Insight › Build Data Statistics (`14.date-insight.md`).
         */
        get: operations["getInsightBuildStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/statistics/deploy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deploy data statistics
         * @description Counts deployments to test and production environments, with one entry per week of the period plus the
         *     current week. The totals cover all time; the period only selects the weekly entries. The server filters
         *     by a single `projectKey`, not the docs' `productNames` list.
         *
         *     Docs: Performance Insight › Deploy Data Statistics (`14.date-insight.md`).
         */
        get: operations["getInsightDeployStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/statistics/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Test data statistics
         * @description Counts test cases and test executions in a period, with the executions summed by blocks of seven days.
         *     The server filters by a single `projectKey`, not the docs' `productNames` list.
         *
         *     Docs: Performance Insight › Test Data Statistics (`14.date-insight.md`).
         */
        get: operations["getInsightTestStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/statistics/v2/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Production environment release data statistics
         * @description Counts deployment jobs to production environments in a period of at most 365 days, with one entry per day.
         *     The server reads `startTime`, `endTime` and `projectKey`, not the docs' `start_time`, `end_time` and
         *     `project_name` (see ERRATA.md); a missing time is answered with 400.
         *
         *     Docs: Performance Insight › Production Environment Release Data Statistics (`14.date-insight.md`).
         */
        get: operations["getInsightReleaseStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/statistics/v2/rollback/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get rollback data
         * @description Lists the environment rollbacks of a period of at most 365 days, newest first, one page at a time, with the
         *     service (or SAE application) before and after each rollback.
         *
         *     Docs: Performance Insight › Get Rollback Data (`14.date-insight.md`).
         */
        get: operations["listInsightRollbacks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Lists the system's users, by account name, one page at a time; system administrators only (others get
         *     403). With `account` the server looks up that exact account instead (paging, `name` and `roles` are
         *     ignored); without it, `name`, `roles` and `mfa_enabled` filter the list.
         *
         *     Docs: User › List User Information (`21.user.md`).
         */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/users/{uid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get user details
         * @description Gets one user's account details. System administrators may read any user; other users only themselves (403
         *     otherwise). An unknown ID makes the handler fail with a 500 and an empty body.
         *
         *     Undocumented: route `GET /openapi/users/:uid` (`OpenAPIGetUser`) in
         *     `pkg/microservice/user/core/handler/router.go` (`OpenAPIRouter`); response `OpenAPIGetUserResponse` in
         *     `pkg/microservice/user/core/handler/user/user.go`.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        /**
         * Delete user
         * @description Deletes a user with its login record, role bindings, MFA settings, user settings and collaboration-mode
         *     entries, and invalidates the user's token; system administrators only (others get 403). Deleting an ID
         *     that does not exist succeeds.
         *
         *     Docs: User › Delete User (`21.user.md`).
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/user-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List user groups
         * @description Lists user groups, most recently updated first, one page at a time. System administrators only (others get
         *     403), and only on installations with an enterprise license (otherwise a license error, code 7050, sent as
         *     400).
         *
         *     Docs: User › List User Group Information (`21.user.md`).
         */
        get: operations["listUserGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/policy/resource-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List project permission item definitions
         * @description Lists the resources of a project and the permission items (actions) a project role can grant on each.
         *     System administrators and the project's administrators only (others get 403).
         *
         *     Docs: Permission › List Project Permission Item Definitions (`20.policy.md`).
         */
        get: operations["listProjectResourceActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/policy/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List project roles
         * @description Lists a project's roles, custom roles first. Listing also creates any built-in role the project lacks
         *     (from the global role templates). System administrators and the project's administrators only (others get
         *     403).
         *
         *     Docs: Permission › List Project Role Information (`20.policy.md`).
         */
        get: operations["listProjectRoles"];
        put?: never;
        /**
         * Create project role
         * @description Creates a custom role in a project with the given permission items. System administrators and the
         *     project's administrators only (others get 403). A duplicate name or an unknown permission item fails with
         *     500.
         *
         *     Docs: Permission › Create Project Role (`20.policy.md`).
         */
        post: operations["createProjectRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/policy/roles/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get project role details
         * @description Gets a project role with the permission items it grants, grouped by resource. System administrators and
         *     the project's administrators only (others get 403). A role name the project does not have is answered with
         *     an empty role (`id` 0), not 404.
         *
         *     Docs: Permission › Get Project Role Details (`20.policy.md`).
         */
        get: operations["getProjectRole"];
        /**
         * Edit project role
         * @description Replaces the permission items of a custom project role (and its description, when one is given). System
         *     administrators and the project's administrators only (others get 403). Built-in (`system`) roles cannot be
         *     edited, and a role name the project does not have fails when `actions` is not empty, both with 500.
         *
         *     Docs: Permission › Edit Project Role (`20.policy.md`).
         */
        put: operations["updateProjectRole"];
        post?: never;
        /**
         * Delete project role
         * @description Deletes a project role and its bindings. System administrators and the project's administrators only
         *     (others get 403). The server does not check the role's type, and deleting a name the project does not have
         *     succeeds. The docs show a request body; the server reads none.
         *
         *     Docs: Permission › Delete Project Role (`20.policy.md`).
         */
        delete: operations["deleteProjectRole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/policy/role-bindings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List project members
         * @description Lists the users and user groups bound to roles in a project, with their roles. System administrators and
         *     the project's administrators only (others get 403).
         *
         *     Docs: Permission › List Project Members (`20.policy.md`).
         */
        get: operations["listProjectMembers"];
        put?: never;
        /**
         * Add project members
         * @description Binds one project role to users and user groups, adding them to the project. System administrators and the
         *     project's administrators only (others get 403). An unknown role, user or user group, or an `identity_type`
         *     other than `user` and `group`, fails with 500.
         *
         *     Docs: Permission › Add Project Members (`20.policy.md`).
         */
        post: operations["addProjectMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/policy/role-bindings/user/{uid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update project member roles
         * @description Replaces the roles a user holds in a project (roles the project lacks are skipped; an empty list removes
         *     them all). System administrators and the project's administrators only (others get 403). An unknown user
         *     ID fails with 500 when a role is given.
         *
         *     Docs: Permission › Update Project Member Roles (`20.policy.md`).
         */
        post: operations["updateProjectMemberRoles"];
        /**
         * Delete project member
         * @description Removes all of a user's roles in a project, which removes the user from the project (roles the user holds
         *     through a user group stay). System administrators and the project's administrators only (others get 403).
         *     Succeeds for a user without roles.
         *
         *     Docs: Permission › Delete Project Member (`20.policy.md`).
         */
        delete: operations["deleteProjectMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/policy/role-bindings/group/{gid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update project user group member roles
         * @description Replaces the roles a user group holds in a project (roles the project lacks are skipped; an empty list
         *     removes them all). System administrators and the project's administrators only (others get 403). An
         *     unknown group ID fails with 500 when a role is given.
         *
         *     Docs: Permission › Update Project User Group Member Roles (`20.policy.md`).
         */
        post: operations["updateProjectUserGroupRoles"];
        /**
         * Delete project user group member
         * @description Removes all of a user group's roles in a project, which removes the group from the project. System
         *     administrators and the project's administrators only (others get 403). Succeeds for a group without roles.
         *
         *     Docs: Permission › Delete Project User Group Member (`20.policy.md`).
         */
        delete: operations["deleteProjectUserGroupMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/collaborations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create collaboration mode
         * @description Creates a collaboration mode in a project: which users and user groups get which workflows and
         *     environments, shared or as their own copies. Needs a system administrator or an administrator of the
         *     project (403 otherwise).
         *
         *     Docs: Collaboration Mode › Create Collaboration Mode (`23.collaboration.md`).
         */
        post: operations["createCollaborationMode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/collaborations/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete collaboration mode
         * @description Deletes a collaboration mode of a project. Deleting a name that does not exist succeeds. Needs a system
         *     administrator or an administrator of the project (403 otherwise).
         *
         *     Docs: Collaboration Mode › Delete Collaboration Mode (`23.collaboration.md`).
         */
        delete: operations["deleteCollaborationMode"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/system/cli/context": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Zadig CLI context
         * @description Returns the user the API token belongs to and the request's ID; for a system administrator also the Zadig
         *     edition, license status, licensed features and server version, which the server asks the license service
         *     for. Zadig CLI and other clients call it to check a token (200 means it works) and to show the identity and,
         *     for administrators, the server version. Regular users never receive the version or license fields. For an
         *     administrator the call fails with 500 when the license service cannot be reached.
         *
         *     Docs: System › Get Zadig CLI Context (`22.system.md`).
         */
        get: operations["getCliContext"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/system/operation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List system operation logs
         * @description Lists the operation (audit) logs of the whole installation, newest first, one page at a time, filtered by
         *     one criterion chosen with `searchType`: only the matching filter parameter is read, the others are
         *     ignored. Needs a system administrator or the permission to view operation logs (403 otherwise).
         *
         *     Docs: System › List System Operation Logs (`22.system.md`).
         */
        get: operations["listSystemOperationLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/system/operation/env": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List environment operation logs
         * @description Lists the operation logs of one environment (logs of scene `environment` whose targets include
         *     `envName`), newest first, one page at a time, filtered by one further criterion chosen with
         *     `searchType`. Needs a system administrator (403 otherwise).
         *
         *     Docs: System › List Environment Operation Logs (`22.system.md`).
         */
        get: operations["listEnvironmentOperationLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * ProjectSummary
         * @description A project as listed (`ProjectBrief` in the server). The docs' table calls the description `desc`; the server and the docs' example send `description`.
         */
        ProjectSummary: {
            /** @description Project name. */
            project_name: string;
            /** @description Project key. */
            project_key: string;
            /** @description Project description. */
            description: string;
            /**
             * @description Deployment type: `k8s` (Kubernetes YAML project), `helm` (Kubernetes Helm Chart project), `external` (Kubernetes managed project) or `cloud_host` (host project). The docs list `yaml` and `loaded`, which the server never sends.
             * @enum {string}
             */
            deploy_type: "k8s" | "helm" | "external" | "cloud_host";
        };
        /**
         * ProjectList
         * @description One page of projects (`OpenAPIProjectListResp` in the server).
         */
        ProjectList: {
            /** @description Number of projects the caller can see. */
            total: number;
            /** @description Projects on this page. */
            projects: components["schemas"]["ProjectSummary"][];
        };
        /**
         * Error
         * @description The body Zadig sends with an error status (`ErrorMessage` in the server's `pkg/tool/errors`). The HTTP status follows the error code; codes in the 6000s and 7000s are sent as 400.
         */
        Error: {
            /**
             * @description Always `error`.
             * @example error
             */
            type?: string;
            /** @description Zadig's error code. */
            code?: number;
            /** @description A short message for the error code. */
            message?: string;
            /** @description Details of what went wrong, often the underlying error. */
            description?: string;
            /** @description Extra, error-specific data. */
            extra?: {
                [key: string]: unknown;
            };
        };
        /**
         * ProjectKey
         * @description A project key: lowercase letters, digits and hyphens (the server checks `^[a-z-\d]+$`). It cannot be changed later.
         * @example voting-app
         */
        ProjectKey: string;
        /**
         * ProjectType
         * @description The type of a new project: `helm` (Kubernetes Helm Chart project), `yaml` (Kubernetes YAML project), `loaded` (Kubernetes managed project, environments are existing namespaces) or `vm` (host project; accepted by the server, not in the docs).
         * @enum {string}
         */
        ProjectType: "helm" | "yaml" | "loaded" | "vm";
        /**
         * CreateProjectRequest
         * @description A new, empty project (`OpenAPICreateProductReq` in the server). The server checks `project_name` (non-empty), `project_key` (matches `^[a-z-\d]+$`) and `project_type` (one of the four types) in `OpenAPICreateProductReq.Validate` (`core/project/service/types.go`).
         */
        CreateProjectRequest: {
            /** @description Project name (display name). */
            project_name: string;
            project_key: components["schemas"]["ProjectKey"];
            /**
             * @description Whether the project is public. The docs mark it required; the server defaults it to `false`.
             * @default false
             */
            is_public: boolean;
            /** @description Project description. */
            description?: string;
            project_type: components["schemas"]["ProjectType"];
        };
        /**
         * SuccessMessage
         * @description What Zadig answers when an operation succeeds with no other payload.
         */
        SuccessMessage: {
            /**
             * @description Always `success`.
             * @example success
             */
            message: string;
        };
        /**
         * ProjectVariableKV
         * @description A template variable value (`KeyValue` in the server's `pkg/util`). Helm chart templates take only string values; other values are dropped. Neither field is checked by the server (a missing `value` is the empty string); a `key` the template does not declare is ignored when variables are merged (`MergeServiceVariableKVsAndKVInput`).
         */
        ProjectVariableKV: {
            /** @description Variable key. */
            key?: string;
            /** @description Variable value; nested content as JSON (any JSON value). */
            value?: unknown;
        };
        /**
         * ProjectServiceDefinition
         * @description A service to create while initializing a project (`ServiceDefinition` in the server). For YAML projects the source is `template` (a K8s YAML template) or `yaml` (hand-written YAML); for Helm projects only `template` (a Helm chart template) creates a service.
         */
        ProjectServiceDefinition: {
            /**
             * @description Where the service comes from.
             * @enum {string}
             */
            source: "template" | "yaml";
            /** @description Service name. */
            service_name: string;
            /** @description Template name; required when `source` is `template`. */
            template_name?: string;
            /** @description Values for the template's variables (source `template`). */
            variable_yaml?: components["schemas"]["ProjectVariableKV"][];
            /** @description Whether the service follows later changes of the template (source `template`). */
            auto_sync?: boolean;
            /** @description The service's Kubernetes YAML; required when `source` is `yaml` (YAML projects). */
            yaml?: string;
            /** @description Helm values overriding the chart template's values (Helm projects). */
            values_yaml?: string;
        };
        /**
         * ProjectEnvDefinition
         * @description An environment to create while initializing a project (`EnvDefinition` in the server). The YAML-project table in the docs calls the cluster field `cluster`; the server and the docs' examples use `cluster_name`.
         */
        ProjectEnvDefinition: {
            /** @description Environment name (identifier). Not checked by the server (`EnvDefinition` has no validation); send it, it is the new environment's key. */
            env_key?: string;
            /** @description Name of the cluster to create the environment in. Required: the server looks the cluster up by this name and fails when none has it (`InitializeYAMLProject`, `OpenAPIInitializeHelmProject` in `core/project/service/openapi.go`). */
            cluster_name: string;
            /** @description Kubernetes namespace of the environment. Empty or absent: the server uses the default namespace for the project and environment (`environment_creator.go`, `GetDefaultNamespace`). */
            namespace?: string;
        };
        /**
         * InitProjectRequest
         * @description A new project with its services and environments (`OpenAPIInitializeProjectReq` in the server), for both `initYamlProject` and `initHelmProject`: the route decides the project type. The server checks `project_name`, `project_key` (`^[a-z-\d]+$`) and a non-empty `service_list`, each service with `service_name` and a `source` of `template` (then `template_name`) or `yaml` (then `yaml`) (`OpenAPIInitializeProjectReq.Validate`, `core/project/service/types.go`).
         */
        InitProjectRequest: {
            /** @description Project name (display name). */
            project_name: string;
            project_key: components["schemas"]["ProjectKey"];
            /**
             * @description Documented for `initYamlProject` as the fixed value `yaml`; the server ignores it (the route sets the project type).
             * @enum {string}
             */
            project_type?: "yaml";
            /**
             * @description Whether the project is public. The docs mark it required; the server defaults it to `false`.
             * @default false
             */
            is_public: boolean;
            /** @description Project description. */
            description?: string;
            /** @description Services to create; at least one. */
            service_list: components["schemas"]["ProjectServiceDefinition"][];
            /** @description Environments to create, each with all the project's services. The docs mark it required; the server accepts an empty or missing list. */
            env_list?: components["schemas"]["ProjectEnvDefinition"][];
        };
        /**
         * ProjectDetail
         * @description A project's details (`OpenAPIProjectDetailResp` in the server). The docs' table names the creation time `created_time` and leaves out `is_public`; the server and the docs' example send `create_time`.
         */
        ProjectDetail: {
            /** @description Project name. */
            project_name: string;
            /** @description Project key. */
            project_key: string;
            /** @description Whether the project is public. Not in the docs. */
            is_public: boolean;
            /** @description Project description. */
            desc: string;
            /** @description The project's stored deployment type: `k8s` for Kubernetes YAML and Kubernetes managed projects, `helm` for Helm Chart projects, empty for host projects created through the OpenAPI. */
            deploy_type: string;
            /**
             * Format: int64
             * @description Creation time, Unix seconds.
             */
            create_time: number;
            /** @description The user who last updated the project (the server fills it from the project's `update_by`). */
            created_by: string;
        };
        /**
         * ProjectGlobalVariable
         * @description A global variable (`ServiceVariableKV` in the server).
         */
        ProjectGlobalVariable: {
            /** @description Variable key. */
            key: string;
            /** @description Variable value (a string, boolean or YAML content, by `type`). */
            value: unknown;
            /**
             * @description Variable type.
             * @enum {string}
             */
            type: "" | "bool" | "string" | "enum" | "yaml";
            /** @description Allowed values (type `enum`). */
            options?: string[] | null;
            /** @description Description. */
            desc?: string;
        };
        /**
         * ProjectGlobalVariables
         * @description A project's global variables (`GlobalVariables` in the server's `core/common/types`).
         */
        ProjectGlobalVariables: {
            /** @description Global variables of testing environments. */
            variables: components["schemas"]["ProjectGlobalVariable"][];
            /** @description Global variables of production environments. */
            production_variables: components["schemas"]["ProjectGlobalVariable"][];
        };
        /**
         * WorkflowSummary
         * @description A workflow as listed (`WorkflowBrief`).
         */
        WorkflowSummary: {
            /** @description Workflow key (identifier). */
            workflow_key?: string;
            /** @description Workflow display name. */
            workflow_name?: string;
            /** @description Last updater. */
            update_by?: string;
            /**
             * Format: int64
             * @description Last update, Unix seconds.
             */
            update_time?: number;
            /**
             * @description `custom` for custom workflows; `product` for legacy product workflows (the docs only show `custom`).
             * @enum {string}
             */
            type?: "custom" | "product";
        };
        /**
         * WorkflowList
         * @description A project's workflows (`OpenAPIWorkflowListResp`); custom workflows first, then legacy product workflows.
         */
        WorkflowList: {
            /** @description The workflows. */
            workflows: components["schemas"]["WorkflowSummary"][];
        };
        /**
         * WorkflowRepository
         * @description A code repository as Zadig stores it in workflows and tasks (`types.Repository`); empty optional fields are often left out.
         */
        WorkflowRepository: {
            /** @description Code host type, e.g. `gitlab`, `github`, `gitee`, `gerrit`, `codehub`, `other`, `perforce`. */
            source?: string;
            /** @description Repository owner. */
            repo_owner?: string;
            /** @description Repository namespace (owner or group path). */
            repo_namespace?: string;
            /** @description Repository name. */
            repo_name?: string;
            /** @description Git remote name, usually `origin`. */
            remote_name?: string;
            /** @description Branch. */
            branch?: string;
            /** @description Branches merged before building. */
            merge_branches?: string[] | null;
            /** @description Pull request number (deprecated; see `prs`). */
            pr?: number;
            /** @description Pull request numbers. */
            prs?: number[];
            /** @description Tag. */
            tag?: string;
            /** @description Whether a specific commit (`commit_id`) is checked out instead of the branch head. */
            enable_commit?: boolean;
            /** @description Commit SHA. */
            commit_id?: string;
            /** @description Commit message (in tasks). */
            commit_message?: string;
            /** @description Where the repository is checked out. */
            checkout_path?: string;
            /** @description Whether submodules are checked out. */
            submodules?: boolean;
            /** @description Whether the UI hides the repository. */
            hidden?: boolean;
            /** @description Whether the configured default is used when running. */
            use_default?: boolean;
            /** @description Whether this is the build's primary repository (names images and packages). */
            is_primary?: boolean;
            /** @description ID of the code host integration. */
            codehost_id?: number;
            /** @description OAuth token of the code host; the server fills it in from the code host integration. */
            oauth_token?: string;
            /** @description Code host address. */
            address?: string;
            /** @description Commit author (in tasks). */
            author_name?: string;
            /** @description Committer (in tasks). */
            committer?: string;
            /** @description Target branch of the pull request. */
            target_branch?: string;
            /** @description Git ref checked out. */
            checkout_ref?: string;
            /** @description Where the repository comes from: empty (chosen at run time), `param` (a global variable) or `job` (an upstream job). */
            source_from?: string;
            /** @description Global variable the repository comes from. */
            param_name?: string;
            /** @description Upstream job the repository comes from. */
            job_name?: string;
            /** @description Service of the upstream job the repository comes from. */
            service_name?: string;
            /** @description Service component of the upstream job the repository comes from. */
            service_module?: string;
            /** @description Index of the repository in the upstream job. */
            repo_index?: number;
            /** @description User name for code hosts of type `other` and Perforce. */
            username?: string;
            /** @description Password for code hosts of type `other` and Perforce. */
            password?: string;
            /** @description Perforce host. */
            perforce_host?: string;
            /** @description Perforce port. */
            perforce_port?: number;
            /** @description Whether the code host is reached through the proxy; decided when the task runs, so only sent where a task spec is built for display (never stored). */
            enable_proxy?: boolean;
            /** @description Regular expression that filters the branches and tags offered. */
            filter_regexp?: string;
            /** @description Authentication of a code host of type `other`, e.g. `SSH`, `PrivateAccessToken`. */
            auth_type?: string;
            /** @description SSH key (code host type `other`). */
            ssh_key?: string;
            /** @description Access token (code host type `other`). */
            private_access_token?: string;
            /** @description Submission ID (Perforce). */
            submission_id?: string;
            /** @description Whether SSL verification is disabled (GitLab). */
            disable_ssl?: boolean;
            /** @description Perforce depot type. */
            depot_type?: string;
            /** @description Perforce stream. */
            stream?: string;
            /** @description Perforce view mapping. */
            view_mapping?: string;
            /** @description Perforce changelist ID. */
            changelist_id?: number;
            /** @description Perforce shelve ID. */
            shelve_id?: number;
        };
        /**
         * WorkflowParam
         * @description A workflow variable as configured or as used by a task (`Param` in the server); also the inputs of a plugin (custom task).
         */
        WorkflowParam: {
            /** @description Variable name. */
            name?: string;
            /** @description Description. */
            description?: string;
            /** @description Variable type: `string`, `text`, `choice`, `multi-select`, `repo`, `image`, `file` (plugin inputs also use these types). */
            type?: string;
            /** @description Value (all types but `repo` and `multi-select`). */
            value?: string;
            /** @description The repository and branch (type `repo`). */
            repo?: components["schemas"]["WorkflowRepository"] | null;
            /** @description Allowed values (types `choice` and `multi-select`). */
            choice_option?: string[];
            /** @description Selected values (type `multi-select`). */
            choice_value?: string[];
            /** @description Script that computes the options (dynamic variables). */
            script?: string;
            /** @description Function called to compute the options (dynamic variables). */
            call_function?: string;
            /** @description Uploaded file ID (type `file`). */
            file_id?: string;
            /** @description Uploaded file name (type `file`). */
            file_name?: string;
            /** @description Where the file is placed in the job (type `file`). */
            file_path?: string;
            /** @description Default value. */
            default?: string;
            /** @description Whether the value is a secret (masked in logs). */
            is_credential?: boolean;
            /** @description Where the value comes from, e.g. `runtime`, `fixed`, `reference`. */
            source?: string;
            /** @description Whether a value must be given when running. */
            required?: boolean;
        };
        /**
         * ApprovalDecision
         * @description An approver's decision; empty while pending.
         * @enum {string}
         */
        ApprovalDecision: "" | "approve" | "reject" | "redirect" | "done";
        /**
         * ApprovalUser
         * @description An approver of a native approval (`User` in the server). The server omits empty fields, except `type`.
         */
        ApprovalUser: {
            /**
             * @description What the entry names.
             * @enum {string}
             */
            type?: "" | "user" | "group" | "task_creator";
            /** @description User ID. */
            user_id?: string;
            /** @description User name. */
            user_name?: string;
            /** @description User group ID (type `group`). */
            group_id?: string;
            /** @description User group name (type `group`). */
            group_name?: string;
            reject_or_approve?: components["schemas"]["ApprovalDecision"];
            /** @description The approver's comment. */
            comment?: string;
            /**
             * Format: int64
             * @description When the approver decided, Unix seconds.
             */
            operation_time?: number;
        };
        /**
         * NativeApproval
         * @description Approval by Zadig users.
         */
        NativeApproval: {
            /** @description Minutes to wait for approval. */
            timeout?: number;
            /** @description Approvers. */
            approve_users?: components["schemas"]["ApprovalUser"][];
            /** @description Approvers with groups expanded to users (computed by the server). */
            flat_approve_users?: components["schemas"]["ApprovalUser"][];
            /** @description Number of approvals needed. */
            needed_approvers?: number;
            reject_or_approve?: components["schemas"]["ApprovalDecision"];
            /** @description Approval instance code. */
            instance_code?: string;
        };
        /**
         * ExternalApprovalUser
         * @description An approver on Lark or DingTalk.
         */
        ExternalApprovalUser: {
            /** @description User ID on the approval platform. */
            id?: string;
            /** @description Kind of ID (Lark). */
            id_type?: string;
            /** @description User name. */
            name?: string;
            /** @description Avatar URL. */
            avatar?: string;
            /** @description Whether the user executes the approval (Lark). */
            is_executor?: boolean;
            /** @description Whether the user executes this stage (Lark). */
            is_stage_executor?: boolean;
            reject_or_approve?: components["schemas"]["ApprovalDecision"];
            /** @description The approver's comment. */
            comment?: string;
            /**
             * Format: int64
             * @description When the approver decided, Unix seconds.
             */
            operation_time?: number;
        };
        /**
         * ApprovalNode
         * @description A step of a Lark or DingTalk approval.
         */
        ApprovalNode: {
            /**
             * @description How the step's approvers decide: `AND` (all), `OR` (any); Lark also has `START`, `END`, `SEQUENTIAL`, DingTalk `NONE`.
             * @enum {string}
             */
            type?: "AND" | "OR" | "START" | "END" | "SEQUENTIAL" | "NONE";
            /**
             * @description Lark only; who approves this step.
             * @enum {string}
             */
            approve_node_type?: "" | "user_group" | "user_dynamic_group";
            /** @description Approvers of the step. */
            approve_users?: components["schemas"]["ExternalApprovalUser"][];
            /** @description Lark only; approving user groups. */
            approve_groups?: {
                /** @description Group ID. */
                group_id?: string;
                /** @description Group name. */
                group_name?: string;
            }[];
            /** @description Lark only; users copied on the step. */
            cc_users?: components["schemas"]["ExternalApprovalUser"][];
            /** @description Lark only; groups copied on the step. */
            cc_groups?: Record<string, never>[];
            reject_or_approve?: components["schemas"]["ApprovalDecision"];
        };
        /**
         * LarkApproval
         * @description Approval through Lark (Feishu).
         */
        LarkApproval: {
            /** @description Minutes to wait for approval. */
            timeout?: number;
            /** @description ID of the Lark integration. */
            approval_id?: string;
            /** @description Who starts the approval on Lark. */
            default_approval_initiator?: components["schemas"]["ExternalApprovalUser"] | null;
            /** @description Who started the approval. */
            approval_initiator?: components["schemas"]["ExternalApprovalUser"] | null;
            /**
             * @deprecated
             * @description Approvers (deprecated; use `approval_nodes`).
             */
            approve_users?: components["schemas"]["ExternalApprovalUser"][];
            /** @description Approval steps. */
            approval_nodes?: components["schemas"]["ApprovalNode"][];
            /** @description Approval instance code. */
            instance_code?: string;
            /** @description The Lark approval instance, once started. */
            approval_instance?: Record<string, never> | null;
        };
        /**
         * DingTalkApproval
         * @description Approval through DingTalk.
         */
        DingTalkApproval: {
            /** @description Minutes to wait for approval. */
            timeout?: number;
            /** @description ID of the DingTalk integration. */
            approval_id?: string;
            /** @description Who starts the approval on DingTalk. */
            default_approval_initiator?: components["schemas"]["ExternalApprovalUser"] | null;
            /** @description Approval steps (1 to 20). */
            approval_nodes?: components["schemas"]["ApprovalNode"][];
            /** @description Approval instance code. */
            instance_code?: string;
        };
        /**
         * Approval
         * @description Approval configuration of a release plan (shared with custom workflows). `type` says which of the `*_approval` objects applies.
         */
        Approval: {
            /** @description Whether the plan needs approval before it runs. */
            enabled?: boolean;
            /** @description Approval status (a Zadig task status); empty until approval starts. */
            status?: string;
            /**
             * @description Approval platform.
             * @enum {string}
             */
            type?: "" | "native" | "lark" | "lark_intl" | "dingtalk" | "workwx";
            /** @description Description shown to approvers. */
            description?: string;
            /**
             * Format: int64
             * @description When approval started, Unix seconds.
             */
            start_time?: number;
            /**
             * Format: int64
             * @description When approval ended, Unix seconds.
             */
            end_time?: number;
            native_approval?: components["schemas"]["NativeApproval"] | null;
            lark_approval?: components["schemas"]["LarkApproval"] | null;
            dingtalk_approval?: components["schemas"]["DingTalkApproval"] | null;
            /** @description Approval through WeCom (WeChat Work); not described by the docs. */
            workwx_approval?: Record<string, never> | null;
        };
        /**
         * WorkflowManualExec
         * @description Manual execution settings of a stage (`ManualExec`); in tasks, also whether and by whom it was started.
         */
        WorkflowManualExec: {
            /** @description Whether the stage waits for manual execution. */
            enabled?: boolean;
            /** @description Whether the executor may change the stage's job parameters. */
            modify_params?: boolean;
            /** @description Whether the stage has been started (sic, the server's spelling; in tasks). */
            excuted?: boolean;
            /** @description Who may start the stage. */
            manual_exec_users?: components["schemas"]["ApprovalUser"][];
            /** @description Lark notification sent to the executors (`app_id`, `target_users`, `dynamic_recipients`). */
            lark_person_notification_config?: {
                [key: string]: unknown;
            } | null;
            /** @description Whether the notification was sent (in tasks). */
            notification_sent?: boolean;
            /** @description User ID of whoever started the stage (sic; in tasks). */
            manual_exector_id?: string;
            /** @description Name of whoever started the stage (sic; in tasks). */
            manual_exector_name?: string;
        };
        /**
         * WorkflowJobErrorPolicy
         * @description What happens when a job fails (`JobErrorPolicy`).
         */
        WorkflowJobErrorPolicy: {
            /**
             * @description `stop` the workflow, `ignore_error` and go on, `manual_check` (wait for someone to decide) or `retry`.
             * @enum {string}
             */
            policy?: "" | "stop" | "ignore_error" | "manual_check" | "retry";
            /** @description Number of retries (policy `retry`). */
            maximum_retry?: number;
            /** @description Who may decide (policy `manual_check`). */
            approval_users?: components["schemas"]["ApprovalUser"][] | null;
        };
        /**
         * WorkflowServiceModule
         * @description A service component a job works on, with its code and artifacts (`WorkflowServiceModule`).
         */
        WorkflowServiceModule: {
            /** @description Service name. */
            service_name?: string;
            /** @description Service component name. */
            service_module?: string;
            /** @description Repositories used. */
            code_info?: components["schemas"]["WorkflowRepository"][] | null;
            /** @description Artifacts produced (images, packages). */
            artifacts?: string[] | null;
        };
        /**
         * WorkflowNotifyCtl
         * @description A notification setting of a workflow (`NotifyCtl`). `webhook_type` says which `*_config` object applies; the flat fields at the end are the pre-3.3 format, kept for old workflows.
         */
        WorkflowNotifyCtl: {
            /** @description Whether the notification is sent. */
            enabled?: boolean;
            /**
             * @description Channel: `dingding`, `feishu` (Lark group, custom bot), `feishu_app` (Lark group, app), `feishu_person` (Lark users), `wechat` (WeCom), `msteams`, `mail`, `webhook`.
             * @enum {string}
             */
            webhook_type?: "" | "dingding" | "feishu" | "feishu_app" | "feishu_person" | "wechat" | "msteams" | "mail" | "webhook";
            /** @description Task statuses that trigger the notification, e.g. `created`, `passed`, `failed`, `timeout`, `cancelled`. */
            notify_type?: string[] | null;
            /** @description Lark group notification through an app (`app_id`, `chat`, `at_users`, `is_at_all`…). */
            lark_group_notification_config?: {
                [key: string]: unknown;
            } | null;
            /** @description Lark notification to users (`app_id`, `target_users`, `dynamic_recipients`). */
            lark_person_notification_config?: {
                [key: string]: unknown;
            } | null;
            /** @description Lark group notification through a custom bot (`hook_address`, `at_users`, `is_at_all`…). */
            lark_hook_notification_config?: {
                [key: string]: unknown;
            } | null;
            /** @description WeCom notification (`hook_address`, `at_users`, `is_at_all`). */
            wechat_notification_config?: {
                [key: string]: unknown;
            } | null;
            /** @description DingTalk notification (`hook_address`, `at_mobiles`, `is_at_all`…). */
            dingding_notification_config?: {
                [key: string]: unknown;
            } | null;
            /** @description Microsoft Teams notification (`hook_address`, `at_emails`…). */
            msteams_notification_config?: {
                [key: string]: unknown;
            } | null;
            /** @description E-mail notification (`target_users`, `dynamic_recipients`). */
            mail_notification_config?: {
                [key: string]: unknown;
            } | null;
            /** @description Generic webhook notification (`address`, `token`). */
            webhook_notification_config?: {
                [key: string]: unknown;
            } | null;
            /**
             * @deprecated
             * @description WeCom webhook address (pre-3.3 format).
             */
            weChat_webHook?: string;
            /**
             * @deprecated
             * @description DingTalk webhook address (pre-3.3 format).
             */
            dingding_webhook?: string;
            /**
             * @deprecated
             * @description Lark app ID (pre-3.3 format).
             */
            feishu_app_id?: string;
            /**
             * @deprecated
             * @description Lark webhook address (pre-3.3 format).
             */
            feishu_webhook?: string;
            /**
             * @deprecated
             * @description Lark chat (pre-3.3 format).
             */
            feishu_chat?: {
                [key: string]: unknown;
            } | null;
            /**
             * @deprecated
             * @description Mail recipients (pre-3.3 format).
             */
            mail_users?: components["schemas"]["ApprovalUser"][];
            /**
             * @deprecated
             * @description Generic webhook (pre-3.3 format; `address`, `token`).
             */
            webhook_notify?: {
                [key: string]: unknown;
            };
            /**
             * @deprecated
             * @description DingTalk mobiles to mention (pre-3.3 format).
             */
            at_mobiles?: string[];
            /**
             * @deprecated
             * @description WeCom users to mention (pre-3.3 format).
             */
            wechat_user_ids?: string[];
            /**
             * @deprecated
             * @description Lark users to mention (pre-3.3 format).
             */
            lark_user_ids?: string[];
            /**
             * @deprecated
             * @description Lark users to mention (pre-3.3 format).
             */
            lark_at_users?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * @deprecated
             * @description Whether to mention everyone (pre-3.3 format).
             */
            is_at_all?: boolean;
        };
        /**
         * WorkflowJobCommon
         * @description What every workflow job has (`Job` in the server), whatever its `type`; `WorkflowJob` adds `type` and the `spec` of that type.
         */
        WorkflowJobCommon: {
            /** @description Job ID (only kept for workflows bound to a template). */
            id?: string;
            /** @description Job name; unique in the workflow, lowercase letters, digits, Chinese characters and `-`, starting with a letter, at most 32 characters. */
            name: string;
            /** @description Whether the job is skipped. */
            skipped?: boolean;
            /**
             * @description Whether the job runs by default: empty (runs), `default_not_run`, `force_run` (cannot be skipped) or `skip`.
             * @enum {string}
             */
            run_policy?: "" | "default_not_run" | "force_run" | "skip";
            /** @description What happens when the job fails. */
            error_policy?: components["schemas"]["WorkflowJobErrorPolicy"] | null;
            /** @description When the job runs (`type` `skip`… with `match_rule` and `rules` of `field`, `verb`, `value`). */
            execute_policy?: {
                [key: string]: unknown;
            } | null;
            /** @description Services and components the job works on (filled in by the server). */
            service_modules?: components["schemas"]["WorkflowServiceModule"][] | null;
            /** @description Job-level notification settings. */
            notify_ctls?: components["schemas"]["WorkflowNotifyCtl"][];
        };
        /**
         * WorkflowKeyVal
         * @description A build, test or scanning variable as a task used it (`KeyVal`).
         */
        WorkflowKeyVal: {
            /** @description Variable name. */
            key?: string;
            /** @description Value (credentials are sent as stored). */
            value?: string;
            /** @description Variable type, e.g. `string`, `choice`, `multi-select`, `image`, `script`, `file`. */
            type?: string;
            /** @description Image registry ID (type `image`). */
            registry_id?: string;
            /** @description Allowed values (types `choice` and `multi-select`). */
            choice_option?: string[];
            /** @description Selected values (type `multi-select`). */
            choice_value?: string[];
            /** @description Script that computes the options. */
            script?: string;
            /** @description Function called to compute the options. */
            call_function?: string;
            /** @description Variables the script refers to. */
            function_reference?: string[];
            /** @description File path (type `file`). */
            file_path?: string;
            /** @description File name (type `file`). */
            file_name?: string;
            /** @description File ID (type `file`). */
            file_id?: string;
            /** @description Whether the value is a secret. */
            is_credential?: boolean;
            /** @description Description. */
            description?: string;
            /** @description Whether a value is required. */
            required?: boolean;
        };
        /**
         * RuntimeKeyVal
         * @description `RuntimeKeyVal` (core/common/repository/models).
         */
        RuntimeKeyVal: components["schemas"]["WorkflowKeyVal"] & {
            source?: string;
        };
        /**
         * WorkflowShareStorage
         * @description A volume shared by the jobs of a workflow task (`ShareStorage`).
         */
        WorkflowShareStorage: {
            /** @description Volume name. */
            name?: string;
            /** @description Mount path. */
            path?: string;
        };
        /**
         * ShareStorageInfo
         * @description `ShareStorageInfo` (core/common/repository/models).
         */
        ShareStorageInfo: {
            enabled?: boolean;
            share_storages?: components["schemas"]["WorkflowShareStorage"][] | null;
        };
        /**
         * ServiceAndBuild
         * @description `ServiceAndBuild` (core/common/repository/models).
         */
        ServiceAndBuild: {
            service_name?: string;
            service_module?: string;
            build_name?: string;
            image?: string;
            package?: string;
            image_name?: string;
            key_vals?: components["schemas"]["RuntimeKeyVal"][] | null;
            repos?: components["schemas"]["WorkflowRepository"][] | null;
            share_storage_info?: components["schemas"]["ShareStorageInfo"] | null;
        };
        /**
         * ZadigBuildJobSpec
         * @description The spec of `zadig-build` jobs in workflow definitions (`ZadigBuildJobSpec`).
         */
        ZadigBuildJobSpec: {
            source?: string;
            job_name?: string;
            origin_job_name?: string;
            ref_repos?: boolean;
            docker_registry_id?: string;
            default_service_and_builds?: components["schemas"]["ServiceAndBuild"][] | null;
            service_and_builds?: components["schemas"]["ServiceAndBuild"][] | null;
            service_and_builds_options?: components["schemas"]["ServiceAndBuild"][] | null;
            service_name?: string;
            service_module?: string;
        };
        /**
         * WorkflowJobZadigBuild
         * @description A `zadig-build` job of a workflow definition.
         */
        WorkflowJobZadigBuild: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "zadig-build";
            spec?: components["schemas"]["ZadigBuildJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "zadig-build";
        };
        /**
         * DistributeTarget
         * @description `DistributeTarget` (core/common/repository/models).
         */
        DistributeTarget: {
            service_name?: string;
            service_module?: string;
            source_tag?: string;
            target_tag?: string;
            image_name?: string;
            source_image?: string;
            target_image?: string;
            update_tag?: boolean;
        };
        /**
         * WorkflowJobKeyValue
         * @description `KeyValue` (pkg/util).
         */
        WorkflowJobKeyValue: {
            key?: string;
            value?: unknown;
        };
        /**
         * ZadigDistributeImageJobSpec
         * @description The spec of `zadig-distribute-image` jobs in workflow definitions (`ZadigDistributeImageJobSpec`).
         */
        ZadigDistributeImageJobSpec: {
            source?: string;
            job_name?: string;
            distribute_method?: string;
            source_registry_id?: string;
            target_registry_id?: string;
            targets?: components["schemas"]["DistributeTarget"][] | null;
            target_options?: components["schemas"]["DistributeTarget"][] | null;
            timeout?: number;
            cluster_id?: string;
            cluster_source?: string;
            strategy_id?: string;
            enable_target_image_tag_rule?: boolean;
            target_image_tag_rule?: string;
            custom_annotations?: components["schemas"]["WorkflowJobKeyValue"][] | null;
            custom_labels?: components["schemas"]["WorkflowJobKeyValue"][] | null;
            architecture?: string;
        };
        /**
         * WorkflowJobZadigDistributeImage
         * @description A `zadig-distribute-image` job of a workflow definition.
         */
        WorkflowJobZadigDistributeImage: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "zadig-distribute-image";
            spec?: components["schemas"]["ZadigDistributeImageJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "zadig-distribute-image";
        };
        /**
         * ServiceTestTarget
         * @description `ServiceTestTarget` (core/common/repository/models).
         */
        ServiceTestTarget: {
            service_name?: string;
            service_module?: string;
            repos?: components["schemas"]["WorkflowRepository"][] | null;
        };
        /**
         * TestModule
         * @description `TestModule` (core/common/repository/models).
         */
        TestModule: {
            name?: string;
            project_name?: string;
            key_vals?: components["schemas"]["RuntimeKeyVal"][] | null;
            repos?: components["schemas"]["WorkflowRepository"][] | null;
            share_storage_info?: components["schemas"]["ShareStorageInfo"] | null;
        };
        /**
         * ServiceAndTest
         * @description `ServiceAndTest` (core/common/repository/models).
         */
        ServiceAndTest: {
            service_name?: string;
            service_module?: string;
            name?: string;
            project_name?: string;
            key_vals?: components["schemas"]["RuntimeKeyVal"][] | null;
            repos?: components["schemas"]["WorkflowRepository"][] | null;
            share_storage_info?: components["schemas"]["ShareStorageInfo"] | null;
        };
        /**
         * ZadigTestingJobSpec
         * @description The spec of `zadig-test` jobs in workflow definitions (`ZadigTestingJobSpec`).
         */
        ZadigTestingJobSpec: {
            test_type?: string;
            source?: string;
            job_name?: string;
            origin_job_name?: string;
            ref_repos?: boolean;
            target_services?: components["schemas"]["ServiceTestTarget"][] | null;
            test_modules?: components["schemas"]["TestModule"][] | null;
            test_module_options?: components["schemas"]["TestModule"][] | null;
            service_and_tests?: components["schemas"]["ServiceAndTest"][] | null;
            service_test_options?: components["schemas"]["ServiceAndTest"][] | null;
        };
        /**
         * WorkflowJobZadigTest
         * @description A `zadig-test` job of a workflow definition.
         */
        WorkflowJobZadigTest: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "zadig-test";
            spec?: components["schemas"]["ZadigTestingJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "zadig-test";
        };
        /**
         * ScanningModule
         * @description `ScanningModule` (core/common/repository/models).
         */
        ScanningModule: {
            name?: string;
            project_name?: string;
            repos?: components["schemas"]["WorkflowRepository"][] | null;
            key_vals?: components["schemas"]["RuntimeKeyVal"][] | null;
            share_storage_info?: components["schemas"]["ShareStorageInfo"] | null;
        };
        /**
         * ServiceAndScannings
         * @description `ServiceAndScannings` (core/common/repository/models).
         */
        ServiceAndScannings: {
            service_name?: string;
            service_module?: string;
            name?: string;
            project_name?: string;
            repos?: components["schemas"]["WorkflowRepository"][] | null;
            key_vals?: components["schemas"]["RuntimeKeyVal"][] | null;
            share_storage_info?: components["schemas"]["ShareStorageInfo"] | null;
        };
        /**
         * ZadigScanningJobSpec
         * @description The spec of `zadig-scanning` jobs in workflow definitions (`ZadigScanningJobSpec`).
         */
        ZadigScanningJobSpec: {
            scanning_type?: string;
            source?: string;
            job_name?: string;
            origin_job_name?: string;
            ref_repos?: boolean;
            scannings?: components["schemas"]["ScanningModule"][] | null;
            scanning_options?: components["schemas"]["ScanningModule"][] | null;
            service_and_scannings?: components["schemas"]["ServiceAndScannings"][] | null;
            service_scanning_options?: components["schemas"]["ServiceAndScannings"][] | null;
            target_services?: components["schemas"]["ServiceTestTarget"][] | null;
        };
        /**
         * WorkflowJobZadigScanning
         * @description A `zadig-scanning` job of a workflow definition.
         */
        WorkflowJobZadigScanning: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "zadig-scanning";
            spec?: components["schemas"]["ZadigScanningJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "zadig-scanning";
        };
        /**
         * DeployTargets
         * @description `DeployTargets` (core/common/repository/models).
         */
        DeployTargets: {
            target?: string;
            image?: string;
            image_name?: string;
        };
        /**
         * CustomDeployJobSpec
         * @description The spec of `custom-deploy` jobs in workflow definitions (`CustomDeployJobSpec`).
         */
        CustomDeployJobSpec: {
            namespace?: string;
            cluster_id?: string;
            cluster_source?: string;
            docker_registry_id?: string;
            skip_check_run_status?: boolean;
            source?: string;
            timeout?: number;
            targets?: components["schemas"]["DeployTargets"][] | null;
            target_options?: components["schemas"]["DeployTargets"][] | null;
        };
        /**
         * WorkflowJobCustomDeploy
         * @description A `custom-deploy` job of a workflow definition.
         */
        WorkflowJobCustomDeploy: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "custom-deploy";
            spec?: components["schemas"]["CustomDeployJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "custom-deploy";
        };
        /**
         * DeployModuleInfo
         * @description `DeployModuleInfo` (core/common/repository/models).
         */
        DeployModuleInfo: {
            service_module?: string;
            image?: string;
            image_name?: string;
        };
        /**
         * ServiceVariableKVType
         * @description Value type of a service variable (`ServiceVariableKVType` in the server). `""` (the zero value) for variables stored without a type; the server treats them as strings (`ServiceVariableKVToYaml`).
         * @enum {string}
         */
        ServiceVariableKVType: "" | "bool" | "string" | "enum" | "yaml";
        /**
         * ServiceVariableKV
         * @description A service variable (`ServiceVariableKV` in the server; `KeyVal` in the docs). Nested keys are aggregated into the first level: a structured value is one `yaml` variable. In requests the server checks only what a `type` implies (a `bool` needs true/false, a `yaml` value a YAML string, an `enum` one of `options`); an absent `type` is treated as a string and an absent `value` as null (`ServiceVariableKVToYaml`, `core/common/types/service_variable.go`). The server always sends all three.
         */
        ServiceVariableKV: {
            /** @description Variable key, as used in the YAML's `{{.key}}` placeholder. */
            key: string;
            /** @description Variable value; any JSON type (for `yaml` variables a YAML string). */
            value?: unknown;
            type?: components["schemas"]["ServiceVariableKVType"];
            /** @description Allowed values; meaningful when `type` is `enum`. */
            options?: string[] | null;
            /** @description Description of the variable. */
            desc?: string;
        };
        /**
         * RenderVariableKV
         * @description A service variable as a deploy job renders it (`RenderVariableKV`): a `ServiceVariableKV` plus where its value comes from.
         */
        RenderVariableKV: components["schemas"]["ServiceVariableKV"] & {
            /** @description Whether the value comes from the project's global variable of the same key. */
            use_global_variable?: boolean;
            /** @description Whether the variable refers to another variable. */
            is_reference_variable?: boolean;
        };
        /**
         * GitRepoConfig
         * @description `GitRepoConfig` (core/common/repository/models/template).
         */
        GitRepoConfig: {
            codehost_id?: number;
            owner?: string;
            repo?: string;
            branch?: string;
            namespace?: string;
            values_paths?: string[] | null;
        };
        /**
         * WorkflowJobCommit
         * @description `Commit` (core/common/repository/models).
         */
        WorkflowJobCommit: {
            sha?: string;
            message?: string;
        };
        /**
         * CreateFromRepo
         * @description `CreateFromRepo` (core/common/repository/models).
         */
        CreateFromRepo: {
            git_repo_config?: components["schemas"]["GitRepoConfig"] | null;
            commit?: components["schemas"]["WorkflowJobCommit"] | null;
            load_path?: string;
        };
        /**
         * DeployVariableInfo
         * @description `DeployVariableInfo` (core/common/repository/models).
         */
        DeployVariableInfo: {
            value_merge_strategy?: string;
            yaml_merge_strategy?: string;
            variable_kvs?: components["schemas"]["RenderVariableKV"][] | null;
            override_kvs?: string;
            source_git_repo?: components["schemas"]["CreateFromRepo"] | null;
            variable_yaml?: string;
        };
        /**
         * DeployOptionInfo
         * @description `DeployOptionInfo` (core/common/repository/models).
         */
        DeployOptionInfo: {
            service_name?: string;
            deploy_strategy?: string;
            modules?: components["schemas"]["DeployModuleInfo"][] | null;
            deployed?: boolean;
            auto_sync?: boolean;
            update_config?: boolean;
            updatable?: boolean;
            current_release_name?: string;
            latest_release_name?: string;
            env_variable?: components["schemas"]["DeployVariableInfo"] | null;
            service_variable?: components["schemas"]["DeployVariableInfo"] | null;
        };
        /**
         * ZadigDeployEnvInformation
         * @description `ZadigDeployEnvInformation` (core/common/repository/models).
         */
        ZadigDeployEnvInformation: {
            env?: string;
            env_alias?: string;
            production?: boolean;
            registry_id?: string;
            services?: components["schemas"]["DeployOptionInfo"][] | null;
        };
        /**
         * DeployServiceInfo
         * @description `DeployServiceInfo` (core/common/repository/models).
         */
        DeployServiceInfo: {
            service_name?: string;
            deploy_strategy?: string;
            modules?: components["schemas"]["DeployModuleInfo"][] | null;
            deployed?: boolean;
            auto_sync?: boolean;
            update_config?: boolean;
            updatable?: boolean;
            value_merge_strategy?: string;
            yaml_merge_strategy?: string;
            variable_kvs?: components["schemas"]["RenderVariableKV"][] | null;
            override_kvs?: string;
            source_git_repo?: components["schemas"]["CreateFromRepo"] | null;
            variable_yaml?: string;
        };
        /**
         * DeployVariableConfig
         * @description `DeployVariableConfig` (core/common/repository/models).
         */
        DeployVariableConfig: {
            variable_key?: string;
            source?: string;
            value?: string;
        };
        /**
         * DeployServiceVariableConfig
         * @description `DeployServiceVariableConfig` (core/common/repository/models).
         */
        DeployServiceVariableConfig: {
            service_name?: string;
            deploy_strategy?: string;
            modules?: components["schemas"]["DeployModuleInfo"][] | null;
            deployed?: boolean;
            auto_sync?: boolean;
            update_config?: boolean;
            updatable?: boolean;
            variable_configs?: components["schemas"]["DeployVariableConfig"][] | null;
        };
        /**
         * ServiceAndImage
         * @description `ServiceAndImage` (core/common/repository/models).
         */
        ServiceAndImage: {
            service_name?: string;
            service_module?: string;
            image?: string;
            image_name?: string;
        };
        /**
         * ZadigDeployJobSpec
         * @description The spec of `zadig-deploy` jobs in workflow definitions (`ZadigDeployJobSpec`).
         */
        ZadigDeployJobSpec: {
            env?: string;
            env_options?: components["schemas"]["ZadigDeployEnvInformation"][] | null;
            production?: boolean;
            deploy_type?: string;
            skip_check_run_status?: boolean;
            skip_check_helm_workload_status?: boolean;
            source?: string;
            env_source?: string;
            deploy_contents?: string[] | null;
            job_name?: string;
            origin_job_name?: string;
            version_name?: string;
            services?: components["schemas"]["DeployServiceInfo"][] | null;
            service_variable_config?: components["schemas"]["DeployServiceVariableConfig"][] | null;
            value_merge_strategy?: string;
            value_sync_strategy?: string;
            merge_strategy_source?: string;
            yaml_merge_strategy?: string;
            service_and_images?: components["schemas"]["ServiceAndImage"][] | null;
        };
        /**
         * WorkflowJobZadigDeploy
         * @description A `zadig-deploy` job of a workflow definition.
         */
        WorkflowJobZadigDeploy: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "zadig-deploy";
            spec?: components["schemas"]["ZadigDeployJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "zadig-deploy";
        };
        /**
         * ServiceAndVMDeploy
         * @description `ServiceAndVMDeploy` (core/common/repository/models).
         */
        ServiceAndVMDeploy: {
            repos?: components["schemas"]["WorkflowRepository"][] | null;
            service_name?: string;
            service_module?: string;
            deploy_name?: string;
            deploy_artifact_type?: string;
            artifact_url?: string;
            file_name?: string;
            image?: string;
            key_vals?: components["schemas"]["RuntimeKeyVal"][] | null;
            task_id?: number;
            workflow_type?: string;
            workflow_name?: string;
            job_task_name?: string;
        };
        /**
         * ZadigVMDeployEnvInformation
         * @description `ZadigVMDeployEnvInformation` (core/common/repository/models).
         */
        ZadigVMDeployEnvInformation: {
            env?: string;
            alias?: string;
            services?: components["schemas"]["ServiceAndVMDeploy"][] | null;
        };
        /**
         * ZadigVMDeployJobSpec
         * @description What a task detail sends as the spec of `zadig-vm-deploy` jobs: `ZadigVMDeployJobSpec` filled in for the task view. The spec of `zadig-vm-deploy` jobs in workflow definitions (`ZadigVMDeployJobSpec`).
         */
        ZadigVMDeployJobSpec: {
            env?: string;
            production?: boolean;
            env_alias?: string;
            env_source?: string;
            ref_repos?: boolean;
            env_options?: components["schemas"]["ZadigVMDeployEnvInformation"][] | null;
            s3_storage_id?: string;
            docker_registry_id?: string;
            default_service_and_vm_deploys?: components["schemas"]["ServiceAndVMDeploy"][] | null;
            service_and_vm_deploys?: components["schemas"]["ServiceAndVMDeploy"][] | null;
            service_and_vm_deploys_options?: components["schemas"]["ServiceAndVMDeploy"][] | null;
            source?: string;
            job_name?: string;
            origin_job_name?: string;
        };
        /**
         * WorkflowJobZadigVmDeploy
         * @description A `zadig-vm-deploy` job of a workflow definition.
         */
        WorkflowJobZadigVmDeploy: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "zadig-vm-deploy";
            spec?: components["schemas"]["ZadigVMDeployJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "zadig-vm-deploy";
        };
        /**
         * WorkflowJobZadigHelmDeploy
         * @description A `zadig-helm-deploy` job of a workflow definition.
         */
        WorkflowJobZadigHelmDeploy: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "zadig-helm-deploy";
            spec?: components["schemas"]["ZadigDeployJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "zadig-helm-deploy";
        };
        /**
         * DeployHelmChart
         * @description `DeployHelmChart` (core/common/repository/models).
         */
        DeployHelmChart: {
            release_name?: string;
            chart_repo?: string;
            chart_name?: string;
            chart_version?: string;
            values_yaml?: string;
            override_kvs?: string;
        };
        /**
         * ZadigHelmDeployEnvInformation
         * @description `ZadigHelmDeployEnvInformation` (core/common/repository/models).
         */
        ZadigHelmDeployEnvInformation: {
            env?: string;
            services?: components["schemas"]["DeployHelmChart"][] | null;
        };
        /**
         * ZadigHelmChartDeployJobSpec
         * @description What a task detail sends as the spec of `zadig-helm-chart-deploy` jobs: `ZadigHelmChartDeployJobSpec` filled in for the task view. The spec of `zadig-helm-chart-deploy` jobs in workflow definitions (`ZadigHelmChartDeployJobSpec`).
         */
        ZadigHelmChartDeployJobSpec: {
            env?: string;
            production?: boolean;
            env_alias?: string;
            env_options?: components["schemas"]["ZadigHelmDeployEnvInformation"][] | null;
            env_source?: string;
            skip_check_run_status?: boolean;
            deploy_helm_charts?: components["schemas"]["DeployHelmChart"][] | null;
        };
        /**
         * WorkflowJobZadigHelmChartDeploy
         * @description A `zadig-helm-chart-deploy` job of a workflow definition.
         */
        WorkflowJobZadigHelmChartDeploy: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "zadig-helm-chart-deploy";
            spec?: components["schemas"]["ZadigHelmChartDeployJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "zadig-helm-chart-deploy";
        };
        /**
         * ZadigRestartEnvInformation
         * @description `ZadigRestartEnvInformation` (core/common/repository/models).
         */
        ZadigRestartEnvInformation: {
            env?: string;
            env_alias?: string;
            production?: boolean;
            services?: string[] | null;
        };
        /**
         * ZadigRestartJobSpec
         * @description The spec of `zadig-restart` jobs in workflow definitions (`ZadigRestartJobSpec`).
         */
        ZadigRestartJobSpec: {
            env?: string;
            env_source?: string;
            env_job_name?: string;
            env_options?: components["schemas"]["ZadigRestartEnvInformation"][] | null;
            production?: boolean;
            deploy_type?: string;
            skip_check_run_status?: boolean;
            source?: string;
            job_name?: string;
            origin_job_name?: string;
            services?: string[] | null;
        };
        /**
         * WorkflowJobZadigRestart
         * @description A `zadig-restart` job of a workflow definition.
         */
        WorkflowJobZadigRestart: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "zadig-restart";
            spec?: components["schemas"]["ZadigRestartJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "zadig-restart";
        };
        /**
         * ObjectStoragePathDetail
         * @description `ObjectStoragePathDetail` (pkg/types).
         */
        ObjectStoragePathDetail: {
            file_path?: string;
            abs_file_path?: string;
            dest_path?: string;
        };
        /**
         * ObjectStorageUpload
         * @description `ObjectStorageUpload` (core/common/repository/models).
         */
        ObjectStorageUpload: {
            enabled?: boolean;
            object_storage_id?: string;
            upload_detail?: components["schemas"]["ObjectStoragePathDetail"][] | null;
        };
        /**
         * ServiceWithModule
         * @description `ServiceWithModule` (core/common/repository/models).
         */
        ServiceWithModule: {
            service_name?: string;
            service_module?: string;
        };
        /**
         * FreeStyleServiceInfo
         * @description `FreeStyleServiceInfo` (core/common/repository/models).
         */
        FreeStyleServiceInfo: {
            service_name?: string;
            service_module?: string;
            repos?: components["schemas"]["WorkflowRepository"][] | null;
            key_vals?: components["schemas"]["RuntimeKeyVal"][] | null;
        };
        /**
         * WorkflowJobItem
         * @description `Item` (core/common/repository/models).
         */
        WorkflowJobItem: {
            name?: string;
            version?: string;
        };
        /**
         * RuntimeInfo
         * @description `RuntimeInfo` (core/common/repository/models).
         */
        RuntimeInfo: {
            infrastructure?: string;
            build_os?: string;
            image_from?: string;
            image_id?: string;
            installs?: components["schemas"]["WorkflowJobItem"][] | null;
            vm_labels?: string[] | null;
        };
        /**
         * WorkflowJobRequestSpec
         * @description `RequestSpec` (pkg/setting).
         */
        WorkflowJobRequestSpec: {
            cpu_limit?: number;
            memory_limit?: number;
            cpu_req?: number;
            memory_req?: number;
            gpu_limit?: string;
        };
        /**
         * WorkflowJobNFSProperties
         * @description `NFSProperties` (pkg/types).
         */
        WorkflowJobNFSProperties: {
            provision_type?: string;
            storage_class?: string;
            storage_size_in_gib?: number;
            pvc?: string;
            /** @description `k8s.io/api/core/v1.PersistentVolumeAccessMode`. */
            access_mode?: {
                [key: string]: unknown;
            };
            subpath?: string;
            mount_path?: string;
            is_temporary?: boolean;
        };
        /**
         * WorkflowJobStorages
         * @description `Storages` (core/common/repository/models).
         */
        WorkflowJobStorages: {
            enabled?: boolean;
            storages_properties?: components["schemas"]["WorkflowJobNFSProperties"][] | null;
        };
        /**
         * WorkflowJobOutput
         * @description `Output` (core/common/repository/models).
         */
        WorkflowJobOutput: {
            name?: string;
            description?: string;
        };
        /**
         * FreestyleJobAdvancedSettings
         * @description `FreestyleJobAdvancedSettings` (core/common/repository/models).
         */
        FreestyleJobAdvancedSettings: {
            timeout?: number;
            cluster_id?: string;
            cluster_source?: string;
            res_req?: string;
            res_req_spec?: components["schemas"]["WorkflowJobRequestSpec"];
            strategy_id?: string;
            use_host_docker_daemon?: boolean;
            custom_annotations?: components["schemas"]["WorkflowJobKeyValue"][] | null;
            custom_labels?: components["schemas"]["WorkflowJobKeyValue"][] | null;
            share_storage_info?: components["schemas"]["ShareStorageInfo"] | null;
            storages?: components["schemas"]["WorkflowJobStorages"] | null;
            outputs?: components["schemas"]["WorkflowJobOutput"][] | null;
        };
        /**
         * WorkflowJobStep
         * @description `Step` (core/common/repository/models).
         */
        WorkflowJobStep: {
            name?: string;
            timeout?: number;
            type?: string;
            spec?: unknown;
        };
        /**
         * RegistryAdvancedSetting
         * @description `RegistryAdvancedSetting` (core/common/repository/models).
         */
        RegistryAdvancedSetting: {
            modified?: boolean;
            enable_tls?: boolean;
            tls_cert?: string;
        };
        /**
         * RegistryNamespace
         * @description `RegistryNamespace` (core/common/repository/models).
         */
        RegistryNamespace: {
            id?: string;
            reg_addr?: string;
            reg_type?: string;
            reg_provider?: string;
            is_default?: boolean;
            projects?: string[] | null;
            namespace?: string;
            access_key?: string;
            secret_key?: string;
            region?: string;
            update_time?: number;
            update_by?: string;
            advanced_setting?: components["schemas"]["RegistryAdvancedSetting"] | null;
        };
        /**
         * WorkflowJobObjectProperties
         * @description `ObjectProperties` (pkg/types).
         */
        WorkflowJobObjectProperties: {
            id?: string;
        };
        /**
         * WorkflowJobCache
         * @description `Cache` (pkg/types).
         */
        WorkflowJobCache: {
            medium_type?: string;
            object_properties?: components["schemas"]["WorkflowJobObjectProperties"];
            nfs_properties?: components["schemas"]["WorkflowJobNFSProperties"];
        };
        /**
         * StorageDetail
         * @description `StorageDetail` (core/common/repository/models).
         */
        StorageDetail: {
            type?: string;
            name?: string;
            sub_path?: string;
            mount_path?: string;
        };
        /**
         * JobProperties
         * @description `JobProperties` (core/common/repository/models).
         */
        JobProperties: {
            timeout?: number;
            res_req?: string;
            res_req_spec?: components["schemas"]["WorkflowJobRequestSpec"];
            infrastructure?: string;
            vm_labels?: string[] | null;
            cluster_id?: string;
            cluster_source?: string;
            strategy_id?: string;
            build_os?: string;
            image_from?: string;
            image_id?: string;
            namespace?: string;
            envs?: components["schemas"]["WorkflowKeyVal"][] | null;
            custom_envs?: components["schemas"]["WorkflowKeyVal"][] | null;
            params?: components["schemas"]["WorkflowParam"][] | null;
            log_file_name?: string;
            docker_host?: string;
            registries?: components["schemas"]["RegistryNamespace"][] | null;
            cache?: components["schemas"]["WorkflowJobCache"];
            cache_enable?: boolean;
            cache_dir_type?: string;
            cache_user_dir?: string;
            ignore_cache?: boolean;
            share_storage_details?: components["schemas"]["StorageDetail"][] | null;
            enable_privileged?: boolean;
            use_host_docker_daemon?: boolean;
            storages?: components["schemas"]["WorkflowJobNFSProperties"][] | null;
            service_name?: string;
            custom_annotations?: components["schemas"]["WorkflowJobKeyValue"][] | null;
            custom_labels?: components["schemas"]["WorkflowJobKeyValue"][] | null;
            share_storage_info?: components["schemas"]["ShareStorageInfo"] | null;
        };
        /**
         * FreestyleJobSpec
         * @description The spec of `freestyle` jobs in workflow definitions (`FreestyleJobSpec`).
         */
        FreestyleJobSpec: {
            freestyle_type?: string;
            source?: string;
            job_name?: string;
            ref_repos?: boolean;
            repos?: components["schemas"]["WorkflowRepository"][] | null;
            envs?: components["schemas"]["RuntimeKeyVal"][] | null;
            script?: string;
            script_type?: string;
            object_storage_upload?: components["schemas"]["ObjectStorageUpload"] | null;
            default_services?: components["schemas"]["ServiceWithModule"][] | null;
            services?: components["schemas"]["FreeStyleServiceInfo"][] | null;
            origin_job_name?: string;
            runtime?: components["schemas"]["RuntimeInfo"] | null;
            advanced_setting?: components["schemas"]["FreestyleJobAdvancedSettings"] | null;
            steps?: components["schemas"]["WorkflowJobStep"][] | null;
            properties?: components["schemas"]["JobProperties"] | null;
            outputs?: components["schemas"]["WorkflowJobOutput"][] | null;
        };
        /**
         * WorkflowJobFreestyle
         * @description A `freestyle` job of a workflow definition.
         */
        WorkflowJobFreestyle: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "freestyle";
            spec?: components["schemas"]["FreestyleJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "freestyle";
        };
        /**
         * WorkflowPluginTemplate
         * @description A plugin (custom task) as a task ran it (`PluginTemplate`).
         */
        WorkflowPluginTemplate: {
            /** @description Plugin name. */
            name?: string;
            /** @description Whether the plugin is an official one (sic, the server's spelling). */
            is_offical?: boolean;
            /** @description Plugin category. */
            category?: string;
            /** @description Description. */
            description?: string;
            /** @description Repository the plugin comes from. */
            repo_url?: string;
            /** @description Plugin version. */
            version?: string;
            /** @description Image the plugin runs. */
            image?: string;
            /** @description Container arguments. */
            args?: string[] | null;
            /** @description Container command. */
            cmds?: string[] | null;
            /** @description Container environment variables. */
            envs?: {
                /** @description Variable name. */
                name?: string;
                /** @description Value. */
                value?: string;
            }[] | null;
            /** @description Plugin inputs with the values used. */
            inputs?: components["schemas"]["WorkflowParam"][] | null;
            /** @description Plugin outputs. */
            outputs?: {
                /** @description Output name. */
                name?: string;
                /** @description Description. */
                description?: string;
            }[] | null;
        };
        /**
         * JobAdvancedSettings
         * @description `JobAdvancedSettings` (core/common/repository/models).
         */
        JobAdvancedSettings: {
            timeout?: number;
            cluster_id?: string;
            cluster_source?: string;
            res_req?: string;
            res_req_spec?: components["schemas"]["WorkflowJobRequestSpec"];
            strategy_id?: string;
            use_host_docker_daemon?: boolean;
            custom_annotations?: components["schemas"]["WorkflowJobKeyValue"][] | null;
            custom_labels?: components["schemas"]["WorkflowJobKeyValue"][] | null;
            share_storage_info?: components["schemas"]["ShareStorageInfo"] | null;
            storages?: components["schemas"]["WorkflowJobStorages"] | null;
        };
        /**
         * PluginJobSpec
         * @description The spec of `plugin` jobs in workflow definitions (`PluginJobSpec`).
         */
        PluginJobSpec: {
            plugin?: components["schemas"]["WorkflowPluginTemplate"] | null;
            advanced_setting?: components["schemas"]["JobAdvancedSettings"] | null;
            properties?: components["schemas"]["JobProperties"] | null;
        };
        /**
         * WorkflowJobPlugin
         * @description A `plugin` job of a workflow definition.
         */
        WorkflowJobPlugin: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "plugin";
            spec?: components["schemas"]["PluginJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "plugin";
        };
        /**
         * BlueGreenDeployV2ServiceModuleAndImage
         * @description `BlueGreenDeployV2ServiceModuleAndImage` (core/common/repository/models).
         */
        BlueGreenDeployV2ServiceModuleAndImage: {
            service_module?: string;
            image?: string;
            image_name?: string;
            name?: string;
            service_name?: string;
            value?: string;
        };
        /**
         * BlueGreenDeployV2Service
         * @description `BlueGreenDeployV2Service` (core/common/repository/models).
         */
        BlueGreenDeployV2Service: {
            service_name?: string;
            blue_service_yaml?: string;
            blue_service_name?: string;
            blue_deployment_yaml?: string;
            blue_deployment_name?: string;
            green_deployment_name?: string;
            green_service_name?: string;
            service_and_image?: components["schemas"]["BlueGreenDeployV2ServiceModuleAndImage"][] | null;
        };
        /**
         * ZadigBlueGreenDeployEnvInformation
         * @description `ZadigBlueGreenDeployEnvInformation` (core/common/repository/models).
         */
        ZadigBlueGreenDeployEnvInformation: {
            env?: string;
            registry_id?: string;
            services?: components["schemas"]["BlueGreenDeployV2Service"][] | null;
        };
        /**
         * BlueGreenDeployV2JobSpec
         * @description The spec of `k8s-blue-green-deploy` jobs in workflow definitions (`BlueGreenDeployV2JobSpec`).
         */
        BlueGreenDeployV2JobSpec: {
            version?: string;
            production?: boolean;
            env?: string;
            env_options?: components["schemas"]["ZadigBlueGreenDeployEnvInformation"][] | null;
            source?: string;
            services?: components["schemas"]["BlueGreenDeployV2Service"][] | null;
            service_options?: components["schemas"]["BlueGreenDeployV2Service"][] | null;
        };
        /**
         * WorkflowJobK8sBlueGreenDeploy
         * @description A `k8s-blue-green-deploy` job of a workflow definition.
         */
        WorkflowJobK8sBlueGreenDeploy: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "k8s-blue-green-deploy";
            spec?: components["schemas"]["BlueGreenDeployV2JobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "k8s-blue-green-deploy";
        };
        /**
         * BlueGreenReleaseV2JobSpec
         * @description The spec of `k8s-blue-green-release` jobs in workflow definitions (`BlueGreenReleaseV2JobSpec`).
         */
        BlueGreenReleaseV2JobSpec: {
            from_job?: string;
        };
        /**
         * WorkflowJobK8sBlueGreenRelease
         * @description A `k8s-blue-green-release` job of a workflow definition.
         */
        WorkflowJobK8sBlueGreenRelease: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "k8s-blue-green-release";
            spec?: components["schemas"]["BlueGreenReleaseV2JobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "k8s-blue-green-release";
        };
        /**
         * CanaryTarget
         * @description `CanaryTarget` (core/common/repository/models).
         */
        CanaryTarget: {
            k8s_service_name?: string;
            container_name?: string;
            image?: string;
            canary_percentage?: number;
            deploy_timeout?: number;
            workload_name?: string;
            workload_type?: string;
        };
        /**
         * CanaryDeployJobSpec
         * @description The spec of `k8s-canary-deploy` jobs in workflow definitions (`CanaryDeployJobSpec`).
         */
        CanaryDeployJobSpec: {
            cluster_id?: string;
            namespace?: string;
            docker_registry_id?: string;
            targets?: components["schemas"]["CanaryTarget"][] | null;
            target_options?: components["schemas"]["CanaryTarget"][] | null;
        };
        /**
         * WorkflowJobK8sCanaryDeploy
         * @description A `k8s-canary-deploy` job of a workflow definition.
         */
        WorkflowJobK8sCanaryDeploy: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "k8s-canary-deploy";
            spec?: components["schemas"]["CanaryDeployJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "k8s-canary-deploy";
        };
        /**
         * CanaryReleaseJobSpec
         * @description The spec of `k8s-canary-release` jobs in workflow definitions (`CanaryReleaseJobSpec`).
         */
        CanaryReleaseJobSpec: {
            from_job?: string;
            release_timeout?: number;
        };
        /**
         * WorkflowJobK8sCanaryRelease
         * @description A `k8s-canary-release` job of a workflow definition.
         */
        WorkflowJobK8sCanaryRelease: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "k8s-canary-release";
            spec?: components["schemas"]["CanaryReleaseJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "k8s-canary-release";
        };
        /**
         * GrayReleaseTarget
         * @description `GrayReleaseTarget` (core/common/repository/models).
         */
        GrayReleaseTarget: {
            workload_type?: string;
            workload_name?: string;
            replica?: number;
            container_name?: string;
            image?: string;
        };
        /**
         * GrayReleaseJobSpec
         * @description The spec of `k8s-gray-release` jobs in workflow definitions (`GrayReleaseJobSpec`).
         */
        GrayReleaseJobSpec: {
            cluster_id?: string;
            namespace?: string;
            docker_registry_id?: string;
            from_job?: string;
            deploy_timeout?: number;
            gray_scale?: number;
            targets?: components["schemas"]["GrayReleaseTarget"][] | null;
            target_options?: components["schemas"]["GrayReleaseTarget"][] | null;
        };
        /**
         * WorkflowJobK8sGrayRelease
         * @description A `k8s-gray-release` job of a workflow definition.
         */
        WorkflowJobK8sGrayRelease: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "k8s-gray-release";
            spec?: components["schemas"]["GrayReleaseJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "k8s-gray-release";
        };
        /**
         * GrayRollbackTarget
         * @description `GrayRollbackTarget` (core/common/repository/models).
         */
        GrayRollbackTarget: {
            workload_type?: string;
            workload_name?: string;
            origin_image?: string;
            origin_replica?: number;
        };
        /**
         * GrayRollbackJobSpec
         * @description The spec of `k8s-gray-rollback` jobs in workflow definitions (`GrayRollbackJobSpec`).
         */
        GrayRollbackJobSpec: {
            cluster_id?: string;
            cluster_source?: string;
            namespace?: string;
            rollback_timeout?: number;
            targets?: components["schemas"]["GrayRollbackTarget"][] | null;
            target_options?: components["schemas"]["GrayRollbackTarget"][] | null;
        };
        /**
         * WorkflowJobK8sGrayRollback
         * @description A `k8s-gray-rollback` job of a workflow definition.
         */
        WorkflowJobK8sGrayRollback: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "k8s-gray-rollback";
            spec?: components["schemas"]["GrayRollbackJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "k8s-gray-rollback";
        };
        /**
         * PatchItem
         * @description `PatchItem` (core/common/repository/models).
         */
        PatchItem: {
            resource_name?: string;
            resource_kind?: string;
            resource_group?: string;
            resource_version?: string;
            patch_content?: string;
            params?: components["schemas"]["WorkflowParam"][] | null;
            patch_strategy?: string;
        };
        /**
         * K8sPatchJobSpec
         * @description The spec of `k8s-resource-patch` jobs in workflow definitions (`K8sPatchJobSpec`).
         */
        K8sPatchJobSpec: {
            cluster_id?: string;
            cluster_source?: string;
            namespace?: string;
            patch_items?: components["schemas"]["PatchItem"][] | null;
            patch_item_options?: components["schemas"]["PatchItem"][] | null;
        };
        /**
         * WorkflowJobK8sResourcePatch
         * @description A `k8s-resource-patch` job of a workflow definition.
         */
        WorkflowJobK8sResourcePatch: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "k8s-resource-patch";
            spec?: components["schemas"]["K8sPatchJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "k8s-resource-patch";
        };
        /**
         * IstioJobTarget
         * @description `IstioJobTarget` (core/common/repository/models).
         */
        IstioJobTarget: {
            workload_name?: string;
            container_name?: string;
            virtual_service_name?: string;
            host?: string;
            image?: string;
            current_replica?: number;
            target_replica?: number;
        };
        /**
         * IstioJobSpec
         * @description The spec of `istio-release` jobs in workflow definitions (`IstioJobSpec`).
         */
        IstioJobSpec: {
            first?: boolean;
            cluster_id?: string;
            cluster_source?: string;
            from_job?: string;
            registry_id?: string;
            namespace?: string;
            timeout?: number;
            replica_percentage?: number;
            weight?: number;
            targets?: components["schemas"]["IstioJobTarget"][] | null;
            target_options?: components["schemas"]["IstioJobTarget"][] | null;
        };
        /**
         * WorkflowJobIstioRelease
         * @description A `istio-release` job of a workflow definition.
         */
        WorkflowJobIstioRelease: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "istio-release";
            spec?: components["schemas"]["IstioJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "istio-release";
        };
        /**
         * IstioRollBackJobSpec
         * @description The spec of `istio-rollback` jobs in workflow definitions (`IstioRollBackJobSpec`).
         */
        IstioRollBackJobSpec: {
            cluster_id?: string;
            cluster_source?: string;
            namespace?: string;
            timeout?: number;
            targets?: components["schemas"]["IstioJobTarget"][] | null;
            target_options?: components["schemas"]["IstioJobTarget"][] | null;
        };
        /**
         * WorkflowJobIstioRollback
         * @description A `istio-rollback` job of a workflow definition.
         */
        WorkflowJobIstioRollback: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "istio-rollback";
            spec?: components["schemas"]["IstioRollBackJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "istio-rollback";
        };
        /**
         * IstioWeightConfig
         * @description `IstioWeightConfig` (core/common/repository/models).
         */
        IstioWeightConfig: {
            env?: string;
            weight?: number;
        };
        /**
         * IstioHeaderMatch
         * @description `IstioHeaderMatch` (core/common/repository/models).
         */
        IstioHeaderMatch: {
            key?: string;
            match?: string;
            value?: string;
        };
        /**
         * IstioHeaderMatchConfig
         * @description `IstioHeaderMatchConfig` (core/common/repository/models).
         */
        IstioHeaderMatchConfig: {
            env?: string;
            header_match?: components["schemas"]["IstioHeaderMatch"][] | null;
        };
        /**
         * UpdateEnvIstioConfigJobSpec
         * @description What a task detail sends as the spec of `update-env-istio-config` jobs: the stored `UpdateEnvIstioConfigJobSpec` passed through as a map, so the keys are its storage (bson) names. The spec of `update-env-istio-config` jobs in workflow definitions (`UpdateEnvIstioConfigJobSpec`).
         */
        UpdateEnvIstioConfigJobSpec: {
            production?: boolean;
            base_env?: string;
            source?: string;
            grayscale_strategy?: string;
            weight_configs?: components["schemas"]["IstioWeightConfig"][] | null;
            header_match_configs?: components["schemas"]["IstioHeaderMatchConfig"][] | null;
        };
        /**
         * WorkflowJobUpdateEnvIstioConfig
         * @description A `update-env-istio-config` job of a workflow definition.
         */
        WorkflowJobUpdateEnvIstioConfig: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "update-env-istio-config";
            spec?: components["schemas"]["UpdateEnvIstioConfigJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "update-env-istio-config";
        };
        /**
         * WorkflowJobIssueID
         * @description `IssueID` (core/common/repository/models).
         */
        WorkflowJobIssueID: {
            key?: string;
            name?: string;
            current_status?: string;
            target_status?: string;
            status?: string;
            link?: string;
        };
        /**
         * JiraFieldMapping
         * @description `JiraFieldMapping` (core/common/repository/models).
         */
        JiraFieldMapping: {
            jira_field_id?: string;
            value_source?: string;
        };
        /**
         * JiraJobSpec
         * @description The spec of `jira` jobs in workflow definitions (`JiraJobSpec`).
         */
        JiraJobSpec: {
            project_id?: string;
            jira_id?: string;
            jira_system_identity?: string;
            jira_url?: string;
            query_type?: string;
            jql?: string;
            issue_type?: string;
            issues?: components["schemas"]["WorkflowJobIssueID"][] | null;
            target_status?: string;
            field_mappings?: components["schemas"]["JiraFieldMapping"][] | null;
        };
        /**
         * WorkflowJobJira
         * @description A `jira` job of a workflow definition.
         */
        WorkflowJobJira: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "jira";
            spec?: components["schemas"]["JiraJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "jira";
        };
        /**
         * NacosDataID
         * @description `NacosDataID` (pkg/types).
         */
        NacosDataID: {
            data_id?: string;
            group?: string;
        };
        /**
         * NacosConfig
         * @description `NacosConfig` (pkg/types).
         */
        NacosConfig: {
            data_id?: string;
            group?: string;
            description?: string;
            format?: string;
            content?: string;
            original_content?: string;
            original_content_update_time?: string;
            namespace_id?: string;
            namespace_name?: string;
            diff?: unknown;
            persistence?: unknown;
        };
        /**
         * NacosJobSpec
         * @description The spec of `nacos` jobs in workflow definitions (`NacosJobSpec`).
         */
        NacosJobSpec: {
            nacos_id?: string;
            namespace_id?: string;
            group_name?: string;
            source?: string;
            default_nacos_datas?: components["schemas"]["NacosDataID"][] | null;
            nacos_datas?: components["schemas"]["NacosConfig"][] | null;
            nacos_filtered_data?: components["schemas"]["NacosConfig"][] | null;
            nacos_data_range?: string[] | null;
            data_fixed?: boolean;
        };
        /**
         * WorkflowJobNacos
         * @description A `nacos` job of a workflow definition.
         */
        WorkflowJobNacos: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "nacos";
            spec?: components["schemas"]["NacosJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "nacos";
        };
        /**
         * ApolloKV
         * @description `ApolloKV` (core/common/repository/models).
         */
        ApolloKV: {
            key?: string;
            val?: string;
        };
        /**
         * ApolloNamespace
         * @description `ApolloNamespace` (core/common/repository/models).
         */
        ApolloNamespace: {
            appID?: string;
            clusterID?: string;
            env?: string;
            namespace?: string;
            type?: string;
            original_config?: components["schemas"]["ApolloKV"][] | null;
            kv?: components["schemas"]["ApolloKV"][] | null;
        };
        /**
         * ApolloJobSpec
         * @description The spec of `apollo` jobs in workflow definitions (`ApolloJobSpec`).
         */
        ApolloJobSpec: {
            apolloID?: string;
            disable_config_range?: boolean;
            namespaceList?: components["schemas"]["ApolloNamespace"][] | null;
            namespaceListOption?: components["schemas"]["ApolloNamespace"][] | null;
        };
        /**
         * WorkflowJobApollo
         * @description A `apollo` job of a workflow definition.
         */
        WorkflowJobApollo: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "apollo";
            spec?: components["schemas"]["ApolloJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "apollo";
        };
        /**
         * DMSOrder
         * @description `DMSOrder` (core/common/repository/models).
         */
        DMSOrder: {
            id?: number;
            comment?: string;
            status_code?: string;
            status_desc?: string;
            committer?: string;
            create_time?: string;
            remark?: string;
        };
        /**
         * DMSJobSpec
         * @description The spec of `dms` jobs in workflow definitions (`DMSJobSpec`).
         */
        DMSJobSpec: {
            id?: string;
            remark_template?: string;
            execute_mode?: string;
            orders?: components["schemas"]["DMSOrder"][] | null;
        };
        /**
         * WorkflowJobDms
         * @description A `dms` job of a workflow definition.
         */
        WorkflowJobDms: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "dms";
            spec?: components["schemas"]["DMSJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "dms";
        };
        /**
         * WorkflowJobWorkItemState
         * @description `WorkItemState` (pkg/tool/pingcode).
         */
        WorkflowJobWorkItemState: {
            id?: string;
            url?: string;
            name?: string;
            type?: string;
            color?: string;
        };
        /**
         * PingCodeWorkItem
         * @description `PingCodeWorkItem` (core/common/repository/models).
         */
        PingCodeWorkItem: {
            id?: string;
            url?: string;
            identifier?: string;
            title?: string;
            type?: string;
            state?: components["schemas"]["WorkflowJobWorkItemState"] | null;
            start_at?: number;
            end_at?: number;
            completed_at?: number;
            description?: string;
            error?: string;
            status?: string;
        };
        /**
         * PingCodeJobSpec
         * @description The spec of `pingcode` jobs in workflow definitions (`PingCodeJobSpec`).
         */
        PingCodeJobSpec: {
            pingcode_id?: string;
            source?: string;
            project_id?: string;
            project_name?: string;
            board_id?: string;
            sprint_id?: string;
            workitem_type_id?: string;
            workitem_state_ids?: string[] | null;
            workitems?: components["schemas"]["PingCodeWorkItem"][] | null;
            data_fixed?: boolean;
        };
        /**
         * WorkflowJobPingcode
         * @description A `pingcode` job of a workflow definition.
         */
        WorkflowJobPingcode: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "pingcode";
            spec?: components["schemas"]["PingCodeJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "pingcode";
        };
        /**
         * TapdIteration
         * @description `TapdIteration` (core/common/repository/models).
         */
        TapdIteration: {
            iteration_id?: string;
            iteration_name?: string;
            start_date?: string;
            end_date?: string;
            error?: string;
        };
        /**
         * TapdJobSpec
         * @description The spec of `tapd` jobs in workflow definitions (`TapdJobSpec`).
         */
        TapdJobSpec: {
            tapd_id?: string;
            source?: string;
            type?: string;
            project_id?: string;
            project_name?: string;
            source_status?: string;
            status?: string;
            iterations?: components["schemas"]["TapdIteration"][] | null;
        };
        /**
         * WorkflowJobTapd
         * @description A `tapd` job of a workflow definition.
         */
        WorkflowJobTapd: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "tapd";
            spec?: components["schemas"]["TapdJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "tapd";
        };
        /**
         * SQLJobSpec
         * @description The spec of `sql` jobs in workflow definitions (`SQLJobSpec`).
         */
        SQLJobSpec: {
            id?: string;
            type?: string;
            sql?: string;
            source?: string;
        };
        /**
         * WorkflowJobSql
         * @description A `sql` job of a workflow definition.
         */
        WorkflowJobSql: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "sql";
            spec?: components["schemas"]["SQLJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "sql";
        };
        /**
         * JenkinsJobParameter
         * @description `JenkinsJobParameter` (core/common/repository/models).
         */
        JenkinsJobParameter: {
            name?: string;
            value?: string;
            type?: string;
            choices?: string[] | null;
            source?: string;
        };
        /**
         * JenkinsJobInfo
         * @description `JenkinsJobInfo` (core/common/repository/models).
         */
        JenkinsJobInfo: {
            job_name?: string;
            parameters?: components["schemas"]["JenkinsJobParameter"][] | null;
        };
        /**
         * JenkinsJobSpec
         * @description The spec of `jenkins` jobs in workflow definitions (`JenkinsJobSpec`).
         */
        JenkinsJobSpec: {
            id?: string;
            jobs?: components["schemas"]["JenkinsJobInfo"][] | null;
            job_options?: components["schemas"]["JenkinsJobInfo"][] | null;
        };
        /**
         * WorkflowJobJenkins
         * @description A `jenkins` job of a workflow definition.
         */
        WorkflowJobJenkins: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "jenkins";
            spec?: components["schemas"]["JenkinsJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "jenkins";
        };
        /**
         * MeegoWorkItemTransition
         * @description `MeegoWorkItemTransition` (core/common/repository/models).
         */
        MeegoWorkItemTransition: {
            id?: number;
            name?: string;
            transition_id?: number;
            target_state_key?: string;
            target_state_name?: string;
            status?: string;
        };
        /**
         * MeegoWorkItemNodeOperate
         * @description `MeegoWorkItemNodeOperate` (core/common/repository/models).
         */
        MeegoWorkItemNodeOperate: {
            id?: number;
            name?: string;
            node_id?: string;
            node_name?: string;
            status?: string;
        };
        /**
         * MeegoTransitionJobSpec
         * @description The spec of `meego-transition` jobs in workflow definitions (`MeegoTransitionJobSpec`).
         */
        MeegoTransitionJobSpec: {
            source?: string;
            project_key?: string;
            project_name?: string;
            meego_id?: string;
            meego_system_identity?: string;
            meego_url?: string;
            work_item_type?: string;
            work_item_type_key?: string;
            link?: string;
            work_items?: components["schemas"]["MeegoWorkItemTransition"][] | null;
            node_work_items?: components["schemas"]["MeegoWorkItemNodeOperate"][] | null;
        };
        /**
         * WorkflowJobMeegoTransition
         * @description A `meego-transition` job of a workflow definition.
         */
        WorkflowJobMeegoTransition: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "meego-transition";
            spec?: components["schemas"]["MeegoTransitionJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "meego-transition";
        };
        /**
         * ServiceTriggerWorkflowInfo
         * @description `ServiceTriggerWorkflowInfo` (core/common/repository/models).
         */
        ServiceTriggerWorkflowInfo: {
            service_name?: string;
            service_module?: string;
            workflow_name?: string;
            project_name?: string;
            params?: components["schemas"]["WorkflowParam"][] | null;
        };
        /**
         * WorkflowTriggerJobSpec
         * @description The spec of `workflow-trigger` jobs in workflow definitions (`WorkflowTriggerJobSpec`).
         */
        WorkflowTriggerJobSpec: {
            is_enable_check?: boolean;
            trigger_type?: string;
            fixed_workflow_list?: components["schemas"]["ServiceTriggerWorkflowInfo"][] | null;
            service_trigger_workflow?: components["schemas"]["ServiceTriggerWorkflowInfo"][] | null;
            source?: string;
            source_job_name?: string;
            source_service?: components["schemas"]["ServiceWithModule"][] | null;
        };
        /**
         * WorkflowJobWorkflowTrigger
         * @description A `workflow-trigger` job of a workflow definition.
         */
        WorkflowJobWorkflowTrigger: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "workflow-trigger";
            spec?: components["schemas"]["WorkflowTriggerJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "workflow-trigger";
        };
        /**
         * OfflineServiceJobSpec
         * @description The spec of `offline-service` jobs in workflow definitions (`OfflineServiceJobSpec`).
         */
        OfflineServiceJobSpec: {
            env_type?: string;
            env_name?: string;
            source?: string;
            services?: string[] | null;
        };
        /**
         * WorkflowJobOfflineService
         * @description A `offline-service` job of a workflow definition.
         */
        WorkflowJobOfflineService: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "offline-service";
            spec?: components["schemas"]["OfflineServiceJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "offline-service";
        };
        /**
         * MseGrayReleaseServiceModuleAndImage
         * @description `MseGrayReleaseServiceModuleAndImage` (core/common/repository/models).
         */
        MseGrayReleaseServiceModuleAndImage: {
            service_module?: string;
            image?: string;
            image_name?: string;
            name?: string;
            service_name?: string;
            value?: string;
        };
        /**
         * MseGrayReleaseService
         * @description `MseGrayReleaseService` (core/common/repository/models).
         */
        MseGrayReleaseService: {
            service_name?: string;
            replicas?: number;
            yaml?: string;
            service_and_image?: components["schemas"]["MseGrayReleaseServiceModuleAndImage"][] | null;
        };
        /**
         * MseGrayReleaseJobSpec
         * @description The spec of `mse-gray-release` jobs in workflow definitions (`MseGrayReleaseJobSpec`).
         */
        MseGrayReleaseJobSpec: {
            production?: boolean;
            gray_tag?: string;
            base_env?: string;
            gray_env?: string;
            gray_env_source?: string;
            docker_registry_id?: string;
            skip_check_run_status?: boolean;
            gray_services?: components["schemas"]["MseGrayReleaseService"][] | null;
        };
        /**
         * WorkflowJobMseGrayRelease
         * @description A `mse-gray-release` job of a workflow definition.
         */
        WorkflowJobMseGrayRelease: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "mse-gray-release";
            spec?: components["schemas"]["MseGrayReleaseJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "mse-gray-release";
        };
        /**
         * MseGrayOfflineJobSpec
         * @description The spec of `mse-gray-offline` jobs in workflow definitions (`MseGrayOfflineJobSpec`).
         */
        MseGrayOfflineJobSpec: {
            env?: string;
            source?: string;
            gray_tag?: string;
            production?: boolean;
        };
        /**
         * WorkflowJobMseGrayOffline
         * @description A `mse-gray-offline` job of a workflow definition.
         */
        WorkflowJobMseGrayOffline: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "mse-gray-offline";
            spec?: components["schemas"]["MseGrayOfflineJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "mse-gray-offline";
        };
        /**
         * GuanceyunMonitor
         * @description `GuanceyunMonitor` (core/common/repository/models).
         */
        GuanceyunMonitor: {
            id?: string;
            name?: string;
            level?: string;
            status?: string;
            url?: string;
        };
        /**
         * GuanceyunCheckJobSpec
         * @description The spec of `guanceyun-check` jobs in workflow definitions (`GuanceyunCheckJobSpec`).
         */
        GuanceyunCheckJobSpec: {
            id?: string;
            name?: string;
            check_time?: number;
            check_mode?: string;
            monitors?: components["schemas"]["GuanceyunMonitor"][] | null;
        };
        /**
         * WorkflowJobGuanceyunCheck
         * @description A `guanceyun-check` job of a workflow definition.
         */
        WorkflowJobGuanceyunCheck: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "guanceyun-check";
            spec?: components["schemas"]["GuanceyunCheckJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "guanceyun-check";
        };
        /**
         * GrafanaAlert
         * @description `GrafanaAlert` (core/common/repository/models).
         */
        GrafanaAlert: {
            id?: string;
            name?: string;
            status?: string;
            url?: string;
        };
        /**
         * GrafanaJobSpec
         * @description The spec of `grafana` jobs in workflow definitions (`GrafanaJobSpec`).
         */
        GrafanaJobSpec: {
            id?: string;
            name?: string;
            check_time?: number;
            check_mode?: string;
            alerts?: components["schemas"]["GrafanaAlert"][] | null;
            alert_options?: components["schemas"]["GrafanaAlert"][] | null;
        };
        /**
         * WorkflowJobGrafana
         * @description A `grafana` job of a workflow definition.
         */
        WorkflowJobGrafana: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "grafana";
            spec?: components["schemas"]["GrafanaJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "grafana";
        };
        /**
         * WorkflowJobServerInfo
         * @description `ServerInfo` (pkg/tool/blueking).
         */
        WorkflowJobServerInfo: {
            bk_cloud_id?: number;
            ip?: string;
            bk_host_id?: number;
            bk_host_innerip?: string;
            bk_os_type?: string;
        };
        /**
         * WorkflowJobTopologyNodeInfo
         * @description `TopologyNodeInfo` (pkg/tool/blueking).
         */
        WorkflowJobTopologyNodeInfo: {
            id?: number;
            node_type?: string;
            bk_inst_id?: number;
            bk_inst_name?: string;
        };
        /**
         * WorkflowJobServerOverview
         * @description `ServerOverview` (pkg/tool/blueking).
         */
        WorkflowJobServerOverview: {
            ip_list?: components["schemas"]["WorkflowJobServerInfo"][] | null;
            topo_node_list?: components["schemas"]["WorkflowJobTopologyNodeInfo"][] | null;
            variable?: string;
        };
        /**
         * WorkflowJobGlobalVariable
         * @description `GlobalVariable` (pkg/tool/blueking).
         */
        WorkflowJobGlobalVariable: {
            id?: number;
            name?: string;
            description?: string;
            type?: number;
            required?: number;
            value?: string;
            server?: components["schemas"]["WorkflowJobServerOverview"] | null;
        };
        /**
         * BlueKingJobSpec
         * @description The spec of `blueking` jobs in workflow definitions (`BlueKingJobSpec`).
         */
        BlueKingJobSpec: {
            tool_id?: string;
            business_id?: number;
            execution_plan_id?: number;
            source?: string;
            parameters?: components["schemas"]["WorkflowJobGlobalVariable"][] | null;
        };
        /**
         * WorkflowJobBlueking
         * @description A `blueking` job of a workflow definition.
         */
        WorkflowJobBlueking: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "blueking";
            spec?: components["schemas"]["BlueKingJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "blueking";
        };
        /**
         * WorkflowJobUser
         * @description `User` (core/common/repository/models).
         */
        WorkflowJobUser: {
            type?: string;
            user_id?: string;
            user_name?: string;
            group_id?: string;
            group_name?: string;
            reject_or_approve?: string;
            comment?: string;
            operation_time?: number;
        };
        /**
         * WorkflowJobNativeApproval
         * @description `NativeApproval` (core/common/repository/models).
         */
        WorkflowJobNativeApproval: {
            timeout?: number;
            approve_users?: components["schemas"]["WorkflowJobUser"][] | null;
            flat_approve_users?: components["schemas"]["WorkflowJobUser"][] | null;
            needed_approvers?: number;
            reject_or_approve?: string;
            instance_code?: string;
        };
        /**
         * LarkApprovalUser
         * @description `LarkApprovalUser` (core/common/repository/models).
         */
        LarkApprovalUser: {
            id?: string;
            id_type?: string;
            name?: string;
            avatar?: string;
            is_executor?: boolean;
            is_stage_executor?: boolean;
            reject_or_approve?: string;
            comment?: string;
            operation_time?: number;
        };
        /**
         * LarkApprovalGroup
         * @description `LarkApprovalGroup` (core/common/repository/models).
         */
        LarkApprovalGroup: {
            group_id?: string;
            group_name?: string;
        };
        /**
         * WorkflowJobUserInfo
         * @description `UserInfo` (pkg/tool/lark).
         */
        WorkflowJobUserInfo: {
            id?: string;
            id_type?: string;
            name?: string;
            avatar?: string;
            is_executor?: boolean;
            is_stage_executor?: boolean;
        };
        /**
         * LarkApprovalNode
         * @description `LarkApprovalNode` (core/common/repository/models).
         */
        LarkApprovalNode: {
            type?: string;
            approve_node_type?: string;
            approve_groups?: components["schemas"]["LarkApprovalGroup"][] | null;
            approve_users?: components["schemas"]["LarkApprovalUser"][] | null;
            cc_users?: components["schemas"]["WorkflowJobUserInfo"][] | null;
            cc_groups?: components["schemas"]["LarkApprovalGroup"][] | null;
            reject_or_approve?: string;
        };
        /**
         * InstanceTask
         * @description `InstanceTask` (pkg/tool/lark).
         */
        InstanceTask: {
            id?: string | null;
            user_id?: string | null;
            open_id?: string | null;
            status?: string | null;
            node_id?: string | null;
            node_name?: string | null;
            custom_node_id?: string | null;
            type?: string | null;
            start_time?: string | null;
            end_time?: string | null;
            user_name?: string | null;
            user_avatar?: string | null;
        };
        /**
         * WorkflowJobFile
         * @description `File` (pkg/tool/lark).
         */
        WorkflowJobFile: {
            url?: string | null;
            file_size?: number | null;
            title?: string | null;
            type?: string | null;
        };
        /**
         * InstanceComment
         * @description `InstanceComment` (pkg/tool/lark).
         */
        InstanceComment: {
            id?: string | null;
            user_id?: string | null;
            open_id?: string | null;
            comment?: string | null;
            create_time?: string | null;
            files?: components["schemas"]["WorkflowJobFile"][] | null;
        };
        /**
         * InstanceCcUser
         * @description `InstanceCcUser` (pkg/tool/lark).
         */
        InstanceCcUser: {
            user_id?: string | null;
            cc_id?: string | null;
            open_id?: string | null;
            user_name?: string | null;
            user_avatar?: string | null;
        };
        /**
         * InstanceTimeline
         * @description `InstanceTimeline` (pkg/tool/lark).
         */
        InstanceTimeline: {
            type?: string | null;
            create_time?: string | null;
            user_id?: string | null;
            open_id?: string | null;
            user_id_list?: string[] | null;
            open_id_list?: string[] | null;
            task_id?: string | null;
            comment?: string | null;
            cc_user_list?: components["schemas"]["InstanceCcUser"][] | null;
            ext?: string | null;
            node_key?: string | null;
            files?: components["schemas"]["WorkflowJobFile"][] | null;
            user_name?: string | null;
            user_avatar?: string | null;
        };
        /**
         * ApprovalInstanceData
         * @description `ApprovalInstanceData` (pkg/tool/lark).
         */
        ApprovalInstanceData: {
            approval_name?: string | null;
            start_time?: string | null;
            end_time?: string | null;
            user_id?: string | null;
            open_id?: string | null;
            serial_number?: string | null;
            department_id?: string | null;
            status?: string | null;
            uuid?: string | null;
            form?: string | null;
            task_list?: components["schemas"]["InstanceTask"][] | null;
            modified_instance_code?: string | null;
            reverted_instance_code?: string | null;
            approval_code?: string | null;
            reverted?: boolean | null;
            instance_code?: string | null;
            comment_list?: components["schemas"]["InstanceComment"][] | null;
            timeline?: components["schemas"]["InstanceTimeline"][] | null;
            user_name?: string | null;
            user_avatar?: string | null;
        };
        /**
         * WorkflowJobLarkApproval
         * @description `LarkApproval` (core/common/repository/models).
         */
        WorkflowJobLarkApproval: {
            timeout?: number;
            approval_id?: string;
            default_approval_initiator?: components["schemas"]["LarkApprovalUser"] | null;
            approval_initiator?: components["schemas"]["LarkApprovalUser"] | null;
            approval_nodes?: components["schemas"]["LarkApprovalNode"][] | null;
            instance_code?: string;
            approval_instance?: components["schemas"]["ApprovalInstanceData"] | null;
            approve_users?: components["schemas"]["LarkApprovalUser"][] | null;
        };
        /**
         * DingTalkApprovalUser
         * @description `DingTalkApprovalUser` (core/common/repository/models).
         */
        DingTalkApprovalUser: {
            id?: string;
            name?: string;
            avatar?: string;
            reject_or_approve?: string;
            comment?: string;
            operation_time?: number;
        };
        /**
         * DingTalkApprovalNode
         * @description `DingTalkApprovalNode` (core/common/repository/models).
         */
        DingTalkApprovalNode: {
            approve_users?: components["schemas"]["DingTalkApprovalUser"][] | null;
            type?: string;
            reject_or_approve?: string;
        };
        /**
         * WorkflowJobDingTalkApproval
         * @description `DingTalkApproval` (core/common/repository/models).
         */
        WorkflowJobDingTalkApproval: {
            timeout?: number;
            approval_id?: string;
            default_approval_initiator?: components["schemas"]["DingTalkApprovalUser"] | null;
            approval_nodes?: components["schemas"]["DingTalkApprovalNode"][] | null;
            instance_code?: string;
        };
        /**
         * WorkwxApprovalUser
         * @description `ApprovalUser` (pkg/tool/workwx).
         */
        WorkwxApprovalUser: {
            name?: string;
            id?: string;
        };
        /**
         * ApprovalSubNodeUserInfo
         * @description `ApprovalSubNode__UserInfo` (pkg/tool/workwx).
         */
        ApprovalSubNodeUserInfo: {
            user_id?: string;
        };
        /**
         * ApprovalSubNode
         * @description `ApprovalSubNode` (pkg/tool/workwx).
         */
        ApprovalSubNode: {
            user_info?: components["schemas"]["ApprovalSubNodeUserInfo"];
            speech?: string;
            status?: number;
            timestamp?: number;
        };
        /**
         * WorkwxApprovalNode
         * @description `ApprovalNode` (pkg/tool/workwx).
         */
        WorkwxApprovalNode: {
            type?: number;
            apv_rel?: number;
            users?: components["schemas"]["WorkwxApprovalUser"][] | null;
            userid?: string[] | null;
            status?: number;
            sub_nodes?: components["schemas"]["ApprovalSubNode"][] | null;
        };
        /**
         * WorkWXApproval
         * @description `WorkWXApproval` (core/common/repository/models).
         */
        WorkWXApproval: {
            timeout?: number;
            approval_id?: string;
            creator_user?: components["schemas"]["WorkwxApprovalUser"] | null;
            approval_nodes?: components["schemas"]["WorkwxApprovalNode"][] | null;
            approval_node_details?: components["schemas"]["WorkwxApprovalNode"][] | null;
            instance_id?: string;
        };
        /**
         * ApprovalJobSpec
         * @description The spec of `approval` jobs in workflow definitions (`ApprovalJobSpec`).
         */
        ApprovalJobSpec: {
            timeout?: number;
            type?: string;
            job_name?: string;
            origin_job_name?: string;
            source?: string;
            description?: string;
            native_approval?: components["schemas"]["WorkflowJobNativeApproval"] | null;
            lark_approval?: components["schemas"]["WorkflowJobLarkApproval"] | null;
            dingtalk_approval?: components["schemas"]["WorkflowJobDingTalkApproval"] | null;
            workwx_approval?: components["schemas"]["WorkWXApproval"] | null;
            approval_message?: string;
            approval_message_source?: string;
            approval_title?: string;
        };
        /**
         * WorkflowJobApproval
         * @description A `approval` job of a workflow definition.
         */
        WorkflowJobApproval: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "approval";
            spec?: components["schemas"]["ApprovalJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "approval";
        };
        /**
         * LarkChat
         * @description `LarkChat` (core/common/repository/models).
         */
        LarkChat: {
            chat_id?: string;
            chat_name?: string;
        };
        /**
         * LarkGroupNotificationConfig
         * @description `LarkGroupNotificationConfig` (core/common/repository/models).
         */
        LarkGroupNotificationConfig: {
            app_id?: string;
            chat?: components["schemas"]["LarkChat"] | null;
            at_users?: components["schemas"]["WorkflowJobUserInfo"][] | null;
            dynamic_recipients?: string[] | null;
            is_at_all?: boolean;
        };
        /**
         * LarkPersonNotificationConfig
         * @description `LarkPersonNotificationConfig` (core/common/repository/models).
         */
        LarkPersonNotificationConfig: {
            app_id?: string;
            target_users?: components["schemas"]["WorkflowJobUserInfo"][] | null;
            dynamic_recipients?: string[] | null;
        };
        /**
         * LarkHookNotificationConfig
         * @description `LarkHookNotificationConfig` (core/common/repository/models).
         */
        LarkHookNotificationConfig: {
            app_id?: string;
            hook_address?: string;
            at_users?: string[] | null;
            dynamic_recipients?: string[] | null;
            is_at_all?: boolean;
        };
        /**
         * WechatNotificationConfig
         * @description `WechatNotificationConfig` (core/common/repository/models).
         */
        WechatNotificationConfig: {
            hook_address?: string;
            at_users?: string[] | null;
            is_at_all?: boolean;
        };
        /**
         * DingDingNotificationConfig
         * @description `DingDingNotificationConfig` (core/common/repository/models).
         */
        DingDingNotificationConfig: {
            hook_address?: string;
            at_mobiles?: string[] | null;
            dynamic_recipients?: string[] | null;
            is_at_all?: boolean;
        };
        /**
         * MSTeamsNotificationConfig
         * @description `MSTeamsNotificationConfig` (core/common/repository/models).
         */
        MSTeamsNotificationConfig: {
            hook_address?: string;
            at_emails?: string[] | null;
            dynamic_recipients?: string[] | null;
        };
        /**
         * MailNotificationConfig
         * @description `MailNotificationConfig` (core/common/repository/models).
         */
        MailNotificationConfig: {
            target_users?: components["schemas"]["WorkflowJobUser"][] | null;
            dynamic_recipients?: string[] | null;
        };
        /**
         * WebhookNotificationConfig
         * @description `WebhookNotificationConfig` (core/common/repository/models).
         */
        WebhookNotificationConfig: {
            address?: string;
            token?: string;
        };
        /**
         * NotificationJobSpec
         * @description The spec of `notification` jobs in workflow definitions (`NotificationJobSpec`).
         */
        NotificationJobSpec: {
            source?: string;
            webhook_type?: string;
            lark_group_notification_config?: components["schemas"]["LarkGroupNotificationConfig"] | null;
            lark_person_notification_config?: components["schemas"]["LarkPersonNotificationConfig"] | null;
            lark_hook_notification_config?: components["schemas"]["LarkHookNotificationConfig"] | null;
            wechat_notification_config?: components["schemas"]["WechatNotificationConfig"] | null;
            dingding_notification_config?: components["schemas"]["DingDingNotificationConfig"] | null;
            msteams_notification_config?: components["schemas"]["MSTeamsNotificationConfig"] | null;
            mail_notification_config?: components["schemas"]["MailNotificationConfig"] | null;
            webhook_notification_config?: components["schemas"]["WebhookNotificationConfig"] | null;
            content?: string;
            title?: string;
            weChat_webHook?: string;
            dingding_webhook?: string;
            feishu_app_id?: string;
            feishu_chat?: components["schemas"]["LarkChat"] | null;
            mail_users?: components["schemas"]["WorkflowJobUser"][] | null;
            webhook_notify?: components["schemas"]["WebhookNotificationConfig"];
            at_mobiles?: string[] | null;
            wechat_user_ids?: string[] | null;
            lark_at_users?: components["schemas"]["WorkflowJobUserInfo"][] | null;
            is_at_all?: boolean;
        };
        /**
         * WorkflowJobNotification
         * @description A `notification` job of a workflow definition.
         */
        WorkflowJobNotification: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "notification";
            spec?: components["schemas"]["NotificationJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "notification";
        };
        /**
         * AIReleaseSpecialistRulePlanScope
         * @description `AIReleaseSpecialistRulePlanScope` (core/common/repository/models).
         */
        AIReleaseSpecialistRulePlanScope: {
            env_names?: string[] | null;
            service_names?: string[] | null;
            job_names?: string[] | null;
        };
        /**
         * AIReleaseSpecialistRulePlanRule
         * @description `AIReleaseSpecialistRulePlanRule` (core/common/repository/models).
         */
        AIReleaseSpecialistRulePlanRule: {
            dimension?: string;
            metric?: string;
            operator?: string;
            value?: string;
            result?: string;
            scope?: components["schemas"]["AIReleaseSpecialistRulePlanScope"] | null;
        };
        /**
         * AIReleaseSpecialistRulePlan
         * @description `AIReleaseSpecialistRulePlan` (core/common/repository/models).
         */
        AIReleaseSpecialistRulePlan: {
            version?: number;
            source_rule_hash?: string;
            context_hash?: string;
            contexts?: string[] | null;
            rules?: components["schemas"]["AIReleaseSpecialistRulePlanRule"][] | null;
            unsupported_requirements?: string[] | null;
        };
        /**
         * AIReleaseSpecialistJobSpec
         * @description The spec of `ai-release-specialist` jobs in workflow definitions (`AIReleaseSpecialistJobSpec`).
         */
        AIReleaseSpecialistJobSpec: {
            timeout?: number;
            prompt_template?: string;
            rule_plans?: {
                [key: string]: components["schemas"]["AIReleaseSpecialistRulePlan"] | null;
            } | null;
            require_manual_confirm?: boolean;
            confirm_users?: components["schemas"]["WorkflowJobUser"][] | null;
            system_prompt?: string;
            rule_plan?: components["schemas"]["AIReleaseSpecialistRulePlan"] | null;
        };
        /**
         * WorkflowJobAiReleaseSpecialist
         * @description A `ai-release-specialist` job of a workflow definition.
         */
        WorkflowJobAiReleaseSpecialist: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "ai-release-specialist";
            spec?: components["schemas"]["AIReleaseSpecialistJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ai-release-specialist";
        };
        /**
         * AIJobSpec
         * @description The spec of `ai-task` jobs in workflow definitions (`AIJobSpec`).
         */
        AIJobSpec: {
            target_type?: string;
            target_id?: string;
            target_name?: string;
            target_project_alias?: string;
            prompt?: string;
            require_manual_confirm?: boolean;
            confirm_users?: components["schemas"]["WorkflowJobUser"][] | null;
            timeout?: number;
        };
        /**
         * WorkflowJobAiTask
         * @description A `ai-task` job of a workflow definition.
         */
        WorkflowJobAiTask: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "ai-task";
            spec?: components["schemas"]["AIJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ai-task";
        };
        /**
         * DeployEnvConfig
         * @description `DeployEnvConfig` (core/common/repository/models).
         */
        DeployEnvConfig: {
            source?: string;
            name?: string;
        };
        /**
         * SAEKV
         * @description `SAEKV` (core/common/repository/models).
         */
        SAEKV: {
            name?: string;
            value?: string;
            config_map_id?: number;
            key?: string;
        };
        /**
         * SAEServiceInfo
         * @description `SAEServiceInfo` (core/common/repository/models).
         */
        SAEServiceInfo: {
            app_id?: string;
            app_name?: string;
            image?: string;
            instances?: number;
            envs?: components["schemas"]["SAEKV"][] | null;
            service_name?: string;
            service_module?: string;
        };
        /**
         * SAEEnvInfo
         * @description `SAEEnvInfo` (core/common/repository/models).
         */
        SAEEnvInfo: {
            env?: string;
            services?: components["schemas"]["SAEServiceInfo"][] | null;
        };
        /**
         * SAEBatchUpdateConfig
         * @description `SAEBatchUpdateConfig` (core/common/repository/models).
         */
        SAEBatchUpdateConfig: {
            batch?: number;
            release_type?: string;
            batch_wait_time?: number;
        };
        /**
         * SAEGrayUpdateConfig
         * @description `SAEGrayUpdateConfig` (core/common/repository/models).
         */
        SAEGrayUpdateConfig: {
            gray?: number;
        };
        /**
         * SAEUpdateStrategy
         * @description `SAEUpdateStrategy` (core/common/repository/models).
         */
        SAEUpdateStrategy: {
            type?: string;
            batch_update?: components["schemas"]["SAEBatchUpdateConfig"] | null;
            gray_update?: components["schemas"]["SAEGrayUpdateConfig"] | null;
        };
        /**
         * SAEDeployServiceInfo
         * @description `SAEDeployServiceInfo` (core/common/repository/models).
         */
        SAEDeployServiceInfo: {
            app_id?: string;
            app_name?: string;
            image?: string;
            service_name?: string;
            service_module?: string;
            instances?: number;
            update_strategy?: components["schemas"]["SAEUpdateStrategy"] | null;
            batch_wait_time?: number;
            min_ready_instances?: number;
            min_ready_instance_ratio?: number;
            envs?: components["schemas"]["SAEKV"][] | null;
        };
        /**
         * SAEDeployServiceConfig
         * @description `SAEDeployServiceConfig` (core/common/repository/models).
         */
        SAEDeployServiceConfig: {
            source?: string;
            services?: components["schemas"]["SAEDeployServiceInfo"][] | null;
            default_services?: components["schemas"]["ServiceWithModule"][] | null;
        };
        /**
         * SAEDeployJobSpec
         * @description The spec of `sae-deploy` jobs in workflow definitions (`SAEDeployJobSpec`).
         */
        SAEDeployJobSpec: {
            docker_registry_id?: string;
            env_config?: components["schemas"]["DeployEnvConfig"] | null;
            env_options?: components["schemas"]["SAEEnvInfo"][] | null;
            production?: boolean;
            service_config?: components["schemas"]["SAEDeployServiceConfig"] | null;
            job_name?: string;
            origin_job_name?: string;
        };
        /**
         * WorkflowJobSaeDeploy
         * @description A `sae-deploy` job of a workflow definition.
         */
        WorkflowJobSaeDeploy: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "sae-deploy";
            spec?: components["schemas"]["SAEDeployJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "sae-deploy";
        };
        /**
         * ApisixItemSpec
         * @description `ApisixItemSpec` (core/common/repository/models).
         */
        ApisixItemSpec: {
            action?: string;
            type?: string;
            spec?: unknown;
        };
        /**
         * ApisixJobSpec
         * @description The spec of `apisix` jobs in workflow definitions (`ApisixJobSpec`).
         */
        ApisixJobSpec: {
            apisix_id?: string;
            tasks?: components["schemas"]["ApisixItemSpec"][] | null;
        };
        /**
         * WorkflowJobApisix
         * @description A `apisix` job of a workflow definition.
         */
        WorkflowJobApisix: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "apisix";
            spec?: components["schemas"]["ApisixJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "apisix";
        };
        /**
         * WorkflowJobBuild
         * @description A `build` job of a workflow definition.
         */
        WorkflowJobBuild: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "build";
            /** @description Deprecated job type from before custom workflows had typed jobs; the server has no spec struct for it. */
            spec?: {
                [key: string]: unknown;
            } | null;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "build";
        };
        /**
         * WorkflowJobDeploy
         * @description A `deploy` job of a workflow definition.
         */
        WorkflowJobDeploy: components["schemas"]["WorkflowJobCommon"] & {
            /** @constant */
            type: "deploy";
            /** @description Deprecated job type from before custom workflows had typed jobs; the server has no spec struct for it. */
            spec?: {
                [key: string]: unknown;
            } | null;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "deploy";
        };
        /**
         * WorkflowJob
         * @description A job of a workflow (`Job` in the server), one schema per `type` (`config.JobType`): `spec` is that type's spec struct (`ZadigDeployJobSpec` for `zadig-deploy`, …), as in the workflow's YAML view. The body of `createWorkflow`/`updateWorkflow` is read as YAML, but a job's `spec` is a free-form map there that the server turns into the type's struct through JSON (`IToi`), so its keys are the JSON names listed here; `getWorkflow` sends the spec as stored. The server checks job names and that `type` is one it knows, not the spec's fields, so none is required here. `build` and `deploy` are deprecated types with no spec struct; `zadig-helm-deploy` is never stored in definitions (Helm deploys are `zadig-deploy` jobs) and is listed because the server's type list has it. A type newer than this description fails validation: there is no catch-all branch, so that narrowing on `type` stays exact.
         */
        WorkflowJob: components["schemas"]["WorkflowJobZadigBuild"] | components["schemas"]["WorkflowJobZadigDistributeImage"] | components["schemas"]["WorkflowJobZadigTest"] | components["schemas"]["WorkflowJobZadigScanning"] | components["schemas"]["WorkflowJobCustomDeploy"] | components["schemas"]["WorkflowJobZadigDeploy"] | components["schemas"]["WorkflowJobZadigVmDeploy"] | components["schemas"]["WorkflowJobZadigHelmDeploy"] | components["schemas"]["WorkflowJobZadigHelmChartDeploy"] | components["schemas"]["WorkflowJobZadigRestart"] | components["schemas"]["WorkflowJobFreestyle"] | components["schemas"]["WorkflowJobPlugin"] | components["schemas"]["WorkflowJobK8sBlueGreenDeploy"] | components["schemas"]["WorkflowJobK8sBlueGreenRelease"] | components["schemas"]["WorkflowJobK8sCanaryDeploy"] | components["schemas"]["WorkflowJobK8sCanaryRelease"] | components["schemas"]["WorkflowJobK8sGrayRelease"] | components["schemas"]["WorkflowJobK8sGrayRollback"] | components["schemas"]["WorkflowJobK8sResourcePatch"] | components["schemas"]["WorkflowJobIstioRelease"] | components["schemas"]["WorkflowJobIstioRollback"] | components["schemas"]["WorkflowJobUpdateEnvIstioConfig"] | components["schemas"]["WorkflowJobJira"] | components["schemas"]["WorkflowJobNacos"] | components["schemas"]["WorkflowJobApollo"] | components["schemas"]["WorkflowJobDms"] | components["schemas"]["WorkflowJobPingcode"] | components["schemas"]["WorkflowJobTapd"] | components["schemas"]["WorkflowJobSql"] | components["schemas"]["WorkflowJobJenkins"] | components["schemas"]["WorkflowJobMeegoTransition"] | components["schemas"]["WorkflowJobWorkflowTrigger"] | components["schemas"]["WorkflowJobOfflineService"] | components["schemas"]["WorkflowJobMseGrayRelease"] | components["schemas"]["WorkflowJobMseGrayOffline"] | components["schemas"]["WorkflowJobGuanceyunCheck"] | components["schemas"]["WorkflowJobGrafana"] | components["schemas"]["WorkflowJobBlueking"] | components["schemas"]["WorkflowJobApproval"] | components["schemas"]["WorkflowJobNotification"] | components["schemas"]["WorkflowJobAiReleaseSpecialist"] | components["schemas"]["WorkflowJobAiTask"] | components["schemas"]["WorkflowJobSaeDeploy"] | components["schemas"]["WorkflowJobApisix"] | components["schemas"]["WorkflowJobBuild"] | components["schemas"]["WorkflowJobDeploy"];
        /**
         * WorkflowStage
         * @description A stage of a workflow (`WorkflowStage`): jobs that run in parallel or in sequence. `getWorkflow` sends only `name`, `parallel` (left out when false) and `jobs`. The server does not check `name` (only that no two stages share one); send it.
         */
        WorkflowStage: {
            /** @description Stage ID (only kept for workflows bound to a template). */
            id?: string;
            /** @description Stage name; unique in the workflow. */
            name?: string;
            /** @description Whether the stage's jobs run concurrently. */
            parallel?: boolean;
            /** @description Stage approval (older workflows; newer ones use a job of type `approval`). */
            approval?: components["schemas"]["Approval"] | null;
            /** @description Whether the stage waits for someone to start it by hand. */
            manual_exec?: components["schemas"]["WorkflowManualExec"] | null;
            /** @description The stage's jobs. */
            jobs?: components["schemas"]["WorkflowJob"][];
        };
        /**
         * WorkflowDefinition
         * @description A custom workflow to create or to store over an existing one (`WorkflowV4`, read with its YAML field names; JSON is valid YAML, so JSON bodies work). Easiest source: the workflow's YAML view in Zadig, converted to JSON. The server fills in `created_by`, `create_time`, `updated_by` and `update_time`. The server checks `project` (non-empty, an existing project), `name` (letters, digits and hyphens) and, per job, `name` (`^[a-z0-9-]+$`-style job-name pattern) and a known `type` (`Workflow.ValidateWithWorkflowSettings` in `core/workflow/service/workflow/controller/workflow.go`); `display_name` is not checked.
         */
        WorkflowDefinition: {
            /** @description Workflow key (identifier); letters, digits and `-`. Unique across Zadig. */
            name: string;
            /** @description Workflow display name; unique in the project. */
            display_name?: string;
            /** @description Project key. */
            project: string;
            /** @description Description. */
            description?: string;
            /**
             * @description Workflow category, empty (general) or `release`.
             * @enum {string}
             */
            category?: "" | "release";
            /** @description Whether the workflow is disabled. */
            disabled?: boolean;
            /** @description How many tasks may run at once; -1 means no limit, 0 disables running. Without a professional license only -1 and 1 are accepted. */
            concurrency_limit?: number;
            /** @description Whether running the workflow requires a remark. */
            remark_required?: boolean;
            /** @description Whether running needs a pre-approval ticket (such workflows cannot be run through the OpenAPI). */
            enable_approval_ticket?: boolean;
            /** @description ID of the approval ticket configuration. */
            approval_ticket_id?: string;
            /** @description Global variables. */
            params?: components["schemas"]["WorkflowParam"][];
            /** @description Stages, in order; stage names and job names must be unique. */
            stages?: components["schemas"]["WorkflowStage"][];
            /** @description Notification settings. */
            notify_ctls?: components["schemas"]["WorkflowNotifyCtl"][];
            /** @description Shared volumes. */
            share_storages?: components["schemas"]["WorkflowShareStorage"][];
            /** @description Not in the docs: the server's `WorkflowV4.ID`. */
            id?: string;
            /** @description Not in the docs: the server's `WorkflowV4.TemplateName`. */
            template_name?: string;
            /** @description Not in the docs: the server's `WorkflowV4.CreatedBy`. */
            created_by?: string;
            /** @description Not in the docs: the server's `WorkflowV4.CreateTime`. */
            create_time?: number;
            /** @description Not in the docs: the server's `WorkflowV4.UpdatedBy`. */
            updated_by?: string;
            /** @description Not in the docs: the server's `WorkflowV4.UpdateTime`. */
            update_time?: number;
            /** @description Not in the docs: the server's `WorkflowV4.Debug`. */
            debug?: boolean;
            /** @description Not in the docs: the server's `WorkflowV4.NotificationID`. */
            notification_id?: string;
            /** @description The server's `HookPayload`. */
            hook_payload?: Record<string, never>;
            /** @description Not in the docs: the server's `WorkflowV4.BaseName`. */
            base_name?: string;
            /** @description Not in the docs: the server's `WorkflowV4.Remark`. */
            remark?: string;
            /** @description Not in the docs: the server's `WorkflowV4.IgnoreCache`. */
            ignore_cache?: boolean;
            /** @description Not in the docs: the server's `WorkflowV4.Hash`. */
            hash?: string;
            /** @description The server's `CustomField`. */
            custom_field?: Record<string, never>;
            /** @description The server's `WorkflowTemplateBinding`. */
            template_binding?: Record<string, never>;
            /** @description Not in the docs: the server's `WorkflowV4.HookCtls`. */
            hook_ctl?: Record<string, never>[];
            /** @description Not in the docs: the server's `WorkflowV4.JiraHookCtls`. */
            jira_hook_ctls?: Record<string, never>[];
            /** @description Not in the docs: the server's `WorkflowV4.MeegoHookCtls`. */
            meego_hook_ctls?: Record<string, never>[];
            /** @description Not in the docs: the server's `WorkflowV4.GeneralHookCtls`. */
            general_hook_ctls?: Record<string, never>[];
        };
        /**
         * WorkflowTaskStatus
         * @description Status of a workflow task, stage or job (`config.Status` in the server), e.g. `created`, `running`, `passed`, `failed`, `timeout`, `cancelled`; `pause` while a stage waits for manual execution.
         * @enum {string}
         */
        WorkflowTaskStatus: "" | "disabled" | "created" | "running" | "passed" | "skipped" | "failed" | "timeout" | "cancelled" | "pause" | "waiting" | "queued" | "blocked" | "pending" | "changed" | "notRun" | "prepare" | "reject" | "distributed" | "wait_for_approval" | "debug_before" | "debug_after" | "unstable" | "wait_for_manual_error_handling";
        /**
         * WorkflowTaskJobInfo
         * @description The fields a job task's name is made of, for display (`JobInfo`, a string map the job's controller fills in). Every job has `job_name`; the others depend on the type, and types may add keys not listed here.
         */
        WorkflowTaskJobInfo: {
            /** @description Name of the workflow job the task came from. */
            job_name: string;
            /** @description Service (build, deploy, VM deploy, restart, blue-green, MSE gray release and SAE deploy jobs). */
            service_name?: string;
            /** @description Service component (build and VM deploy jobs). */
            service_module?: string;
            /** @description Kubernetes Service of the workload (canary deploy jobs). */
            k8s_service_name?: string;
            /** @description Workload kind (custom deploy jobs). */
            workload_type?: string;
            /** @description Workload (custom deploy, gray release and rollback, Istio release and rollback jobs). */
            workload_name?: string;
            /** @description Container (custom deploy jobs). */
            container_name?: string;
            /** @description Helm release (Helm chart deploy jobs). */
            release_name?: string;
            /** @description Jenkins job (Jenkins jobs). */
            jenkins_job_name?: string;
            /** @description BlueKing job ID (BlueKing jobs). */
            blueking_job_id?: string;
            /** @description Test name (test jobs). */
            testing_name?: string;
            /** @description Test type (test jobs). */
            test_type?: string;
            /** @description Scanning name (scanning jobs). */
            scanning_name?: string;
            /** @description Scanning type (scanning jobs). */
            scanning_type?: string;
            /** @description Random suffix that keeps task names unique (scanning jobs). */
            rand_str?: string;
        } & {
            [key: string]: string;
        };
        /**
         * WorkflowTaskJobCommon
         * @description What every job of a workflow task has (`JobTaskPreview`), whatever its `type`; `WorkflowTaskJob` adds `type` and the `spec` the server sends for that type.
         */
        WorkflowTaskJobCommon: {
            /** @description Job task name, e.g. `job-0-0-0-build`; use it to fetch the job's logs. */
            name?: string;
            /** @description Job task key, e.g. `build.service1.service1`. */
            key?: string;
            /** @description Display name, e.g. `build-service1-service1`. */
            display_name?: string;
            /** @description Name of the workflow job the task came from. */
            origin_name?: string;
            status?: components["schemas"]["WorkflowTaskStatus"];
            /** @description Whether the job was rolled back. */
            reverted?: boolean;
            /**
             * Format: int64
             * @description Start time, Unix seconds.
             */
            start_time?: number;
            /**
             * Format: int64
             * @description End time, Unix seconds.
             */
            end_time?: number;
            /**
             * Format: int64
             * @description Running time so far, seconds.
             */
            cost_seconds?: number;
            /** @description Why the job failed. */
            error?: string;
            /** @description Whether a debug breakpoint is set before the job. */
            breakpoint_before?: boolean;
            /** @description Whether a debug breakpoint is set after the job. */
            breakpoint_after?: boolean;
            /** @description What happens when the job fails. */
            error_policy?: components["schemas"]["WorkflowJobErrorPolicy"] | null;
            /** @description User ID of whoever decided on the failure (policy `manual_check`). */
            error_handler_user_id?: string;
            /** @description Name of whoever decided on the failure (policy `manual_check`). */
            error_handler_username?: string;
            /** @description Retries made so far. */
            retry_count?: number;
            /** @description The fields the task name is made of (for display). */
            job_info?: components["schemas"]["WorkflowTaskJobInfo"] | null;
        };
        /**
         * WorkflowTaskBuildJobSpec
         * @description Summary of a `zadig-build` or `freestyle` job in a task: code, built image, service and variables (`ZadigBuildJobSpec` of the task preview).
         */
        WorkflowTaskBuildJobSpec: {
            /** @description Repositories checked out, with the commit used. */
            repos?: components["schemas"]["WorkflowRepository"][] | null;
            /** @description Image built. */
            image?: string;
            /** @description Package archived, if any. */
            package?: string;
            /** @description Service name. */
            service_name?: string;
            /** @description Service component name. */
            service_module?: string;
            /** @description Variables of the job. */
            envs?: components["schemas"]["WorkflowKeyVal"][] | null;
        };
        /**
         * WorkflowTaskJobZadigBuild
         * @description A `zadig-build` job of a workflow task.
         */
        WorkflowTaskJobZadigBuild: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "zadig-build";
            spec: components["schemas"]["WorkflowTaskBuildJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "zadig-build";
        };
        /**
         * DistributeTaskTarget
         * @description `DistributeTaskTarget` (pkg/types/step).
         */
        DistributeTaskTarget: {
            source_image?: string;
            target_image?: string;
            target_tag?: string;
            service_name?: string;
            service_module?: string;
            update_tag?: boolean;
        };
        /**
         * DistributeImageJobSpec
         * @description What a task detail sends as the spec of `zadig-distribute-image` jobs: the summary `DistributeImageJobSpec` built for the task view.
         */
        DistributeImageJobSpec: {
            source_registry_id?: string;
            target_registry_id?: string;
            distribute_target?: components["schemas"]["DistributeTaskTarget"][] | null;
        };
        /**
         * WorkflowTaskJobZadigDistributeImage
         * @description A `zadig-distribute-image` job of a workflow task.
         */
        WorkflowTaskJobZadigDistributeImage: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "zadig-distribute-image";
            spec: components["schemas"]["DistributeImageJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "zadig-distribute-image";
        };
        /**
         * WorkflowTaskTestingJobSpec
         * @description Summary of a `zadig-test` job in a task (`ZadigTestingJobSpec` of the task preview).
         */
        WorkflowTaskTestingJobSpec: {
            /** @description Repositories checked out. */
            repos?: components["schemas"]["WorkflowRepository"][] | null;
            /** @description Whether a JUnit report is available. */
            junit_report?: boolean;
            /** @description Whether test results were archived. */
            archive?: boolean;
            /** @description Whether an HTML report is available. */
            html_report?: boolean;
            /** @description Project of the test. */
            project_name?: string;
            /** @description Test name. */
            test_name?: string;
            /** @description Test type. */
            test_type?: string;
            /** @description Service tested. */
            service_name?: string;
            /** @description Service component tested. */
            service_module?: string;
            /** @description Variables of the job. */
            envs?: components["schemas"]["WorkflowKeyVal"][] | null;
        };
        /**
         * WorkflowTaskJobZadigTest
         * @description A `zadig-test` job of a workflow task.
         */
        WorkflowTaskJobZadigTest: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "zadig-test";
            spec: components["schemas"]["WorkflowTaskTestingJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "zadig-test";
        };
        /**
         * WorkflowTaskScanningJobSpec
         * @description Summary of a `zadig-scanning` job in a task (`ZadigScanningJobSpec` of the task preview).
         */
        WorkflowTaskScanningJobSpec: {
            /** @description Scanning type. */
            scanning_type?: string;
            /** @description Service scanned. */
            service_name?: string;
            /** @description Service component scanned. */
            service_module?: string;
            /** @description Repositories checked out. */
            repos?: components["schemas"]["WorkflowRepository"][] | null;
            /** @description SonarQube metrics of the scan. */
            sonar_metrics?: {
                [key: string]: unknown;
            } | null;
            /** @description Whether scan results were archived. */
            is_has_artifact?: boolean;
            /** @description Link to the scan result. */
            link_url?: string;
            /** @description Scanning name. */
            scanning_name?: string;
            /** @description Variables of the job. */
            envs?: components["schemas"]["WorkflowKeyVal"][] | null;
        };
        /**
         * WorkflowTaskJobZadigScanning
         * @description A `zadig-scanning` job of a workflow task.
         */
        WorkflowTaskJobZadigScanning: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "zadig-scanning";
            spec: components["schemas"]["WorkflowTaskScanningJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "zadig-scanning";
        };
        /**
         * TaskPreviewCustomDeployJobSpec
         * @description What a task detail sends as the spec of `custom-deploy` jobs: the summary `CustomDeployJobSpec` built for the task view.
         */
        TaskPreviewCustomDeployJobSpec: {
            image?: string;
            target?: string;
            cluster_name?: string;
            namespace?: string;
            skip_check_run_status?: boolean;
        };
        /**
         * WorkflowTaskJobCustomDeploy
         * @description A `custom-deploy` job of a workflow task.
         */
        WorkflowTaskJobCustomDeploy: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "custom-deploy";
            spec: components["schemas"]["TaskPreviewCustomDeployJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "custom-deploy";
        };
        /**
         * WorkflowTaskDeployJobSpec
         * @description Summary of a `zadig-deploy` job in a task (`ZadigDeployJobPreviewSpec`).
         */
        WorkflowTaskDeployJobSpec: {
            /** @description Environment name. */
            env?: string;
            /** @description Environment alias. */
            env_alias?: string;
            /** @description Whether the environment is a production environment. */
            production?: boolean;
            /** @description Service type, e.g. `k8s` or `helm`. */
            service_type?: string;
            /** @description What is deployed. */
            deploy_contents?: ("image" | "vars" | "config")[] | null;
            /** @description Whether the service status check after deploying is skipped. */
            skip_check_run_status?: boolean;
            /** @description Whether the service is imported into the environment by this deploy. */
            is_import_to_deploy?: boolean;
            /** @description Services, components and images deployed. */
            service_and_images?: {
                /** @description Service name. */
                service_name?: string;
                /** @description Service component name. */
                service_module?: string;
                /** @description Image deployed. */
                image?: string;
            }[] | null;
            /** @description Rendered YAML (K8s YAML services). */
            yaml_content?: string;
            /** @description Values given by the user (Helm services). */
            user_supplied_value?: string;
            /** @description Service variables (K8s YAML services). */
            variable_kvs?: components["schemas"]["RenderVariableKV"][] | null;
            /**
             * Format: int64
             * @description Service revision before the deploy.
             */
            origin_revision?: number;
            /**
             * @description How Helm values are merged.
             * @enum {string}
             */
            value_merge_strategy?: "" | "reuse-values" | "override";
        };
        /**
         * WorkflowTaskJobZadigDeploy
         * @description A `zadig-deploy` job of a workflow task.
         */
        WorkflowTaskJobZadigDeploy: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "zadig-deploy";
            spec: components["schemas"]["WorkflowTaskDeployJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "zadig-deploy";
        };
        /**
         * WorkflowTaskJobZadigVmDeploy
         * @description A `zadig-vm-deploy` job of a workflow task.
         */
        WorkflowTaskJobZadigVmDeploy: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "zadig-vm-deploy";
            spec: components["schemas"]["ZadigVMDeployJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "zadig-vm-deploy";
        };
        /**
         * WorkflowTaskJobZadigHelmChartDeploy
         * @description A `zadig-helm-chart-deploy` job of a workflow task.
         */
        WorkflowTaskJobZadigHelmChartDeploy: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "zadig-helm-chart-deploy";
            spec: components["schemas"]["ZadigHelmChartDeployJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "zadig-helm-chart-deploy";
        };
        /**
         * WorkflowJobResource
         * @description `Resource` (core/common/repository/models).
         */
        WorkflowJobResource: {
            name?: string;
            kind?: string;
            container?: string;
            origin?: string;
            pod_owner_uid?: string;
        };
        /**
         * JobTaskRestartSpec
         * @description What a task detail sends as the spec of `zadig-restart` jobs: the stored `JobTaskRestartSpec` passed through as a map, so the keys are its storage (bson) names.
         */
        JobTaskRestartSpec: {
            env?: string;
            service_name?: string;
            production?: boolean;
            deploy_type?: string;
            skip_check_run_status?: boolean;
            cluster_id?: string;
            timeout?: number;
            replace_resources?: components["schemas"]["WorkflowJobResource"][] | null;
        };
        /**
         * WorkflowTaskJobZadigRestart
         * @description A `zadig-restart` job of a workflow task.
         */
        WorkflowTaskJobZadigRestart: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "zadig-restart";
            spec: components["schemas"]["JobTaskRestartSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "zadig-restart";
        };
        /**
         * WorkflowTaskJobFreestyle
         * @description A `freestyle` job of a workflow task.
         */
        WorkflowTaskJobFreestyle: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "freestyle";
            spec: components["schemas"]["WorkflowTaskBuildJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "freestyle";
        };
        /**
         * WorkflowTaskJobPlugin
         * @description A `plugin` job of a workflow task.
         */
        WorkflowTaskJobPlugin: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "plugin";
            spec: components["schemas"]["WorkflowPluginTemplate"] | null;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "plugin";
        };
        /**
         * WorkflowJobEvent
         * @description `Event` (core/common/repository/models).
         */
        WorkflowJobEvent: {
            event_type?: string;
            time?: string;
            message?: string;
        };
        /**
         * JobTaskBlueGreenDeployV2Spec
         * @description What a task detail sends as the spec of `k8s-blue-green-deploy` jobs: the stored `JobTaskBlueGreenDeployV2Spec` passed through as a map, so the keys are its storage (bson) names.
         */
        JobTaskBlueGreenDeployV2Spec: {
            production?: boolean;
            env?: string;
            service?: components["schemas"]["BlueGreenDeployV2Service"] | null;
            events?: components["schemas"]["WorkflowJobEvent"][] | null;
            deploy_timeout?: number;
        };
        /**
         * WorkflowTaskJobK8sBlueGreenDeploy
         * @description A `k8s-blue-green-deploy` job of a workflow task.
         */
        WorkflowTaskJobK8sBlueGreenDeploy: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "k8s-blue-green-deploy";
            spec: components["schemas"]["JobTaskBlueGreenDeployV2Spec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "k8s-blue-green-deploy";
        };
        /**
         * JobTaskBlueGreenReleaseV2Spec
         * @description What a task detail sends as the spec of `k8s-blue-green-release` jobs: the stored `JobTaskBlueGreenReleaseV2Spec` passed through as a map, so the keys are its storage (bson) names.
         */
        JobTaskBlueGreenReleaseV2Spec: {
            production?: boolean;
            env?: string;
            namespace?: string;
            service?: components["schemas"]["BlueGreenDeployV2Service"] | null;
            events?: components["schemas"]["WorkflowJobEvent"][] | null;
            deploy_timeout?: number;
        };
        /**
         * WorkflowTaskJobK8sBlueGreenRelease
         * @description A `k8s-blue-green-release` job of a workflow task.
         */
        WorkflowTaskJobK8sBlueGreenRelease: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "k8s-blue-green-release";
            spec: components["schemas"]["JobTaskBlueGreenReleaseV2Spec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "k8s-blue-green-release";
        };
        /**
         * K8sCanaryDeployJobSpec
         * @description What a task detail sends as the spec of `k8s-canary-deploy` jobs: the summary `K8sCanaryDeployJobSpec` built for the task view.
         */
        K8sCanaryDeployJobSpec: {
            image?: string;
            k8s_service_name?: string;
            cluster_name?: string;
            namespace?: string;
            container_name?: string;
            canary_replica?: number;
            events?: components["schemas"]["WorkflowJobEvent"][] | null;
        };
        /**
         * WorkflowTaskJobK8sCanaryDeploy
         * @description A `k8s-canary-deploy` job of a workflow task.
         */
        WorkflowTaskJobK8sCanaryDeploy: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "k8s-canary-deploy";
            spec: components["schemas"]["K8sCanaryDeployJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "k8s-canary-deploy";
        };
        /**
         * K8sCanaryReleaseJobSpec
         * @description What a task detail sends as the spec of `k8s-canary-release` jobs: the summary `K8sCanaryReleaseJobSpec` built for the task view.
         */
        K8sCanaryReleaseJobSpec: {
            image?: string;
            k8s_service_name?: string;
            cluster_name?: string;
            namespace?: string;
            container_name?: string;
            events?: components["schemas"]["WorkflowJobEvent"][] | null;
        };
        /**
         * WorkflowTaskJobK8sCanaryRelease
         * @description A `k8s-canary-release` job of a workflow task.
         */
        WorkflowTaskJobK8sCanaryRelease: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "k8s-canary-release";
            spec: components["schemas"]["K8sCanaryReleaseJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "k8s-canary-release";
        };
        /**
         * JobTaskGrayReleaseSpec
         * @description What a task detail sends as the spec of `k8s-gray-release` jobs: the stored `JobTaskGrayReleaseSpec` passed through as a map, so the keys are its storage (bson) names.
         */
        JobTaskGrayReleaseSpec: {
            cluster_id?: string;
            cluster_name?: string;
            namespace?: string;
            workload_type?: string;
            workload_name?: string;
            container_name?: string;
            first_job?: boolean;
            image?: string;
            gray_workload_name?: string;
            deploy_timeout?: number;
            gray_scale?: number;
            total_replica?: number;
            gray_replica?: number;
            events?: components["schemas"]["WorkflowJobEvent"][] | null;
        };
        /**
         * WorkflowTaskJobK8sGrayRelease
         * @description A `k8s-gray-release` job of a workflow task.
         */
        WorkflowTaskJobK8sGrayRelease: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "k8s-gray-release";
            spec: components["schemas"]["JobTaskGrayReleaseSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "k8s-gray-release";
        };
        /**
         * JobTaskGrayRollbackSpec
         * @description What a task detail sends as the spec of `k8s-gray-rollback` jobs: the stored `JobTaskGrayRollbackSpec` passed through as a map, so the keys are its storage (bson) names.
         */
        JobTaskGrayRollbackSpec: {
            cluster_id?: string;
            cluster_name?: string;
            namespace?: string;
            workload_type?: string;
            workload_name?: string;
            container_name?: string;
            image?: string;
            gray_workload_name?: string;
            rollback_timeout?: number;
            total_replica?: number;
            events?: components["schemas"]["WorkflowJobEvent"][] | null;
        };
        /**
         * WorkflowTaskJobK8sGrayRollback
         * @description A `k8s-gray-rollback` job of a workflow task.
         */
        WorkflowTaskJobK8sGrayRollback: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "k8s-gray-rollback";
            spec: components["schemas"]["JobTaskGrayRollbackSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "k8s-gray-rollback";
        };
        /**
         * PatchTaskItem
         * @description `PatchTaskItem` (core/common/repository/models).
         */
        PatchTaskItem: {
            resource_name?: string;
            resource_kind?: string;
            resource_group?: string;
            resource_version?: string;
            patch_content?: string;
            params?: components["schemas"]["WorkflowParam"][] | null;
            patch_strategy?: string;
            error?: string;
        };
        /**
         * JobTasK8sPatchSpec
         * @description What a task detail sends as the spec of `k8s-resource-patch` jobs: the stored `JobTasK8sPatchSpec` passed through as a map, so the keys are its storage (bson) names.
         */
        JobTasK8sPatchSpec: {
            cluster_id?: string;
            namespace?: string;
            patch_items?: components["schemas"]["PatchTaskItem"][] | null;
        };
        /**
         * WorkflowTaskJobK8sResourcePatch
         * @description A `k8s-resource-patch` job of a workflow task.
         */
        WorkflowTaskJobK8sResourcePatch: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "k8s-resource-patch";
            spec: components["schemas"]["JobTasK8sPatchSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "k8s-resource-patch";
        };
        /**
         * JobIstioReleaseSpec
         * @description What a task detail sends as the spec of `istio-release` jobs: the stored `JobIstioReleaseSpec` passed through as a map, so the keys are its storage (bson) names.
         */
        JobIstioReleaseSpec: {
            first_job?: boolean;
            timeout?: number;
            cluster_id?: string;
            cluster_name?: string;
            namespace?: string;
            weight?: number;
            replica_percentage?: number;
            replicas?: number;
            targets?: components["schemas"]["IstioJobTarget"] | null;
            event?: components["schemas"]["WorkflowJobEvent"][] | null;
        };
        /**
         * WorkflowTaskJobIstioRelease
         * @description A `istio-release` job of a workflow task.
         */
        WorkflowTaskJobIstioRelease: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "istio-release";
            spec: components["schemas"]["JobIstioReleaseSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "istio-release";
        };
        /**
         * JobIstioRollbackSpec
         * @description What a task detail sends as the spec of `istio-rollback` jobs: the stored `JobIstioRollbackSpec` passed through as a map, so the keys are its storage (bson) names.
         */
        JobIstioRollbackSpec: {
            namespace?: string;
            cluster_id?: string;
            cluster_name?: string;
            image?: string;
            replicas?: number;
            targets?: components["schemas"]["IstioJobTarget"] | null;
            timeout?: number;
        };
        /**
         * WorkflowTaskJobIstioRollback
         * @description A `istio-rollback` job of a workflow task.
         */
        WorkflowTaskJobIstioRollback: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "istio-rollback";
            spec: components["schemas"]["JobIstioRollbackSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "istio-rollback";
        };
        /**
         * WorkflowTaskJobUpdateEnvIstioConfig
         * @description A `update-env-istio-config` job of a workflow task.
         */
        WorkflowTaskJobUpdateEnvIstioConfig: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "update-env-istio-config";
            spec: components["schemas"]["UpdateEnvIstioConfigJobSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "update-env-istio-config";
        };
        /**
         * JobTaskJiraSpec
         * @description What a task detail sends as the spec of `jira` jobs: the stored `JobTaskJiraSpec` passed through as a map, so the keys are its storage (bson) names.
         */
        JobTaskJiraSpec: {
            project_id?: string;
            jira_id?: string;
            issue_type?: string;
            issues?: components["schemas"]["WorkflowJobIssueID"][] | null;
            target_status?: string;
            field_mappings?: components["schemas"]["JiraFieldMapping"][] | null;
        };
        /**
         * WorkflowTaskJobJira
         * @description A `jira` job of a workflow task.
         */
        WorkflowTaskJobJira: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "jira";
            spec: components["schemas"]["JobTaskJiraSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "jira";
        };
        /**
         * NacosData
         * @description `NacosData` (core/common/repository/models).
         */
        NacosData: {
            data_id?: string;
            group?: string;
            description?: string;
            format?: string;
            content?: string;
            original_content?: string;
            original_content_update_time?: string;
            namespace_id?: string;
            namespace_name?: string;
            diff?: unknown;
            persistence?: unknown;
            error?: string;
        };
        /**
         * JobTaskNacosSpec
         * @description What a task detail sends as the spec of `nacos` jobs: the stored `JobTaskNacosSpec` passed through as a map, so the keys are its storage (bson) names.
         */
        JobTaskNacosSpec: {
            detail?: string;
            nacos_id?: string;
            namespace_id?: string;
            namespace_name?: string;
            nacos_addr?: string;
            type?: string;
            /** @description Credentials, in whatever shape the integration needs. */
            auth_config?: unknown;
            nacos_datas?: components["schemas"]["NacosData"][] | null;
            user_name?: string;
            password?: string;
        };
        /**
         * WorkflowTaskJobNacos
         * @description A `nacos` job of a workflow task.
         */
        WorkflowTaskJobNacos: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "nacos";
            spec: components["schemas"]["JobTaskNacosSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "nacos";
        };
        /**
         * JobTaskApolloNamespace
         * @description `JobTaskApolloNamespace` (core/common/repository/models).
         */
        JobTaskApolloNamespace: {
            appID?: string;
            clusterID?: string;
            env?: string;
            namespace?: string;
            type?: string;
            original_config?: components["schemas"]["ApolloKV"][] | null;
            kv?: components["schemas"]["ApolloKV"][] | null;
            error?: string;
        };
        /**
         * JobTaskApolloSpec
         * @description What a task detail sends as the spec of `apollo` jobs: the stored `JobTaskApolloSpec` passed through as a map, so the keys are its storage (bson) names.
         */
        JobTaskApolloSpec: {
            detail?: string;
            apolloID?: string;
            namespaceList?: components["schemas"]["JobTaskApolloNamespace"][] | null;
        };
        /**
         * WorkflowTaskJobApollo
         * @description A `apollo` job of a workflow task.
         */
        WorkflowTaskJobApollo: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "apollo";
            spec: components["schemas"]["JobTaskApolloSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "apollo";
        };
        /**
         * DMSTaskOrder
         * @description `DMSTaskOrder` (core/common/repository/models).
         */
        DMSTaskOrder: {
            id?: number;
            comment?: string;
            status_code?: string;
            status_desc?: string;
            committer?: string;
            create_time?: string;
            remark?: string;
            job_status?: string;
            error?: string;
        };
        /**
         * JobTaskDMSSpec
         * @description What a task detail sends as the spec of `dms` jobs: the stored `JobTaskDMSSpec` passed through as a map, so the keys are its storage (bson) names.
         */
        JobTaskDMSSpec: {
            id?: string;
            execute_mode?: string;
            orders?: components["schemas"]["DMSTaskOrder"][] | null;
        };
        /**
         * WorkflowTaskJobDms
         * @description A `dms` job of a workflow task.
         */
        WorkflowTaskJobDms: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "dms";
            spec: components["schemas"]["JobTaskDMSSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "dms";
        };
        /**
         * PingCodeWorkItemStored
         * @description `PingCodeWorkItem` (core/common/repository/models).
         */
        PingCodeWorkItemStored: {
            id?: string;
            url?: string;
            identifier?: string;
            title?: string;
            type?: string;
            state?: components["schemas"]["WorkflowJobWorkItemState"] | null;
            startat?: number;
            endat?: number;
            completedat?: number;
            description?: string;
            error?: string;
            status?: string;
        };
        /**
         * JobTaskPingCodeSpec
         * @description What a task detail sends as the spec of `pingcode` jobs: the stored `JobTaskPingCodeSpec` passed through as a map, so the keys are its storage (bson) names.
         */
        JobTaskPingCodeSpec: {
            detail?: string;
            pingcode_address?: string;
            pingcode_client_id?: string;
            pingcode_client_secret?: string;
            project_id?: string;
            project_name?: string;
            board_id?: string;
            sprint_id?: string;
            workitem_type_id?: string;
            workitem_state_ids?: string[] | null;
            workitems?: components["schemas"]["PingCodeWorkItemStored"][] | null;
        };
        /**
         * WorkflowTaskJobPingcode
         * @description A `pingcode` job of a workflow task.
         */
        WorkflowTaskJobPingcode: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "pingcode";
            spec: components["schemas"]["JobTaskPingCodeSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "pingcode";
        };
        /**
         * JobTaskTapdSpec
         * @description What a task detail sends as the spec of `tapd` jobs: the stored `JobTaskTapdSpec` passed through as a map, so the keys are its storage (bson) names.
         */
        JobTaskTapdSpec: {
            detail?: string;
            tapd_address?: string;
            tapd_client_id?: string;
            tapd_client_secret?: string;
            tapd_company_id?: string;
            project_id?: string;
            project_name?: string;
            status?: string;
            iterations?: components["schemas"]["TapdIteration"][] | null;
        };
        /**
         * WorkflowTaskJobTapd
         * @description A `tapd` job of a workflow task.
         */
        WorkflowTaskJobTapd: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "tapd";
            spec: components["schemas"]["JobTaskTapdSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "tapd";
        };
        /**
         * SQLExecResult
         * @description `SQLExecResult` (core/common/repository/models).
         */
        SQLExecResult: {
            sql?: string;
            elapsed_time?: number;
            rows_affected?: number;
            status?: string;
        };
        /**
         * JobTaskSQLSpec
         * @description What a task detail sends as the spec of `sql` jobs: the stored `JobTaskSQLSpec` passed through as a map, so the keys are its storage (bson) names.
         */
        JobTaskSQLSpec: {
            detail?: string;
            id?: string;
            type?: string;
            sql?: string;
            results?: components["schemas"]["SQLExecResult"][] | null;
        };
        /**
         * WorkflowTaskJobSql
         * @description A `sql` job of a workflow task.
         */
        WorkflowTaskJobSql: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "sql";
            spec: components["schemas"]["JobTaskSQLSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "sql";
        };
        /**
         * JobTaskJenkinsJobInfo
         * @description `JobTaskJenkinsJobInfo` (core/common/repository/models).
         */
        JobTaskJenkinsJobInfo: {
            job_name?: string;
            job_id?: number;
            job_output?: string;
            parameters?: components["schemas"]["JenkinsJobParameter"][] | null;
        };
        /**
         * JobTaskJenkinsSpec
         * @description What a task detail sends as the spec of `jenkins` jobs: the stored `JobTaskJenkinsSpec` passed through as a map, so the keys are its storage (bson) names.
         */
        JobTaskJenkinsSpec: {
            id?: string;
            host?: string;
            job?: components["schemas"]["JobTaskJenkinsJobInfo"];
        };
        /**
         * WorkflowTaskJobJenkins
         * @description A `jenkins` job of a workflow task.
         */
        WorkflowTaskJobJenkins: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "jenkins";
            spec: components["schemas"]["JobTaskJenkinsSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "jenkins";
        };
        /**
         * MeegoTransitionSpec
         * @description What a task detail sends as the spec of `meego-transition` jobs: the stored `MeegoTransitionSpec` passed through as a map, so the keys are its storage (bson) names.
         */
        MeegoTransitionSpec: {
            link?: string;
            source?: string;
            project_key?: string;
            project_name?: string;
            simple_name?: string;
            meego_id?: string;
            work_item_type?: string;
            work_item_type_key?: string;
            work_item_type_api_name?: string;
            work_items?: components["schemas"]["MeegoWorkItemTransition"][] | null;
            node_work_items?: components["schemas"]["MeegoWorkItemNodeOperate"][] | null;
        };
        /**
         * WorkflowTaskJobMeegoTransition
         * @description A `meego-transition` job of a workflow task.
         */
        WorkflowTaskJobMeegoTransition: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "meego-transition";
            spec: components["schemas"]["MeegoTransitionSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "meego-transition";
        };
        /**
         * WorkflowTriggerEvent
         * @description `WorkflowTriggerEvent` (core/common/repository/models).
         */
        WorkflowTriggerEvent: {
            service_name?: string;
            service_module?: string;
            workflow_name?: string;
            workflow_display_name?: string;
            task_id?: number;
            status?: string;
            params?: components["schemas"]["WorkflowParam"][] | null;
            project_name?: string;
        };
        /**
         * JobTaskWorkflowTriggerSpec
         * @description What a task detail sends as the spec of `workflow-trigger` jobs: the stored `JobTaskWorkflowTriggerSpec` passed through as a map, so the keys are its storage (bson) names.
         */
        JobTaskWorkflowTriggerSpec: {
            trigger_type?: string;
            is_enable_check?: boolean;
            workflow_trigger_events?: components["schemas"]["WorkflowTriggerEvent"][] | null;
        };
        /**
         * WorkflowTaskJobWorkflowTrigger
         * @description A `workflow-trigger` job of a workflow task.
         */
        WorkflowTaskJobWorkflowTrigger: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "workflow-trigger";
            spec: components["schemas"]["JobTaskWorkflowTriggerSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "workflow-trigger";
        };
        /**
         * JobTaskOfflineServiceEvent
         * @description `JobTaskOfflineServiceEvent` (core/common/repository/models).
         */
        JobTaskOfflineServiceEvent: {
            service_name?: string;
            status?: string;
            error?: string;
        };
        /**
         * JobTaskOfflineServiceSpec
         * @description What a task detail sends as the spec of `offline-service` jobs: the stored `JobTaskOfflineServiceSpec` passed through as a map, so the keys are its storage (bson) names.
         */
        JobTaskOfflineServiceSpec: {
            env_type?: string;
            env_name?: string;
            namespace?: string;
            service_events?: components["schemas"]["JobTaskOfflineServiceEvent"][] | null;
        };
        /**
         * WorkflowTaskJobOfflineService
         * @description A `offline-service` job of a workflow task.
         */
        WorkflowTaskJobOfflineService: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "offline-service";
            spec: components["schemas"]["JobTaskOfflineServiceSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "offline-service";
        };
        /**
         * JobTaskMseGrayReleaseSpec
         * @description What a task detail sends as the spec of `mse-gray-release` jobs: the stored `JobTaskMseGrayReleaseSpec` passed through as a map, so the keys are its storage (bson) names.
         */
        JobTaskMseGrayReleaseSpec: {
            production?: boolean;
            gray_tag?: string;
            base_env?: string;
            gray_env?: string;
            skip_check_run_status?: boolean;
            gray_service?: components["schemas"]["MseGrayReleaseService"];
            events?: components["schemas"]["WorkflowJobEvent"][] | null;
            timeout?: number;
        };
        /**
         * WorkflowTaskJobMseGrayRelease
         * @description A `mse-gray-release` job of a workflow task.
         */
        WorkflowTaskJobMseGrayRelease: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "mse-gray-release";
            spec: components["schemas"]["JobTaskMseGrayReleaseSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "mse-gray-release";
        };
        /**
         * MseGrayOfflineService
         * @description `MseGrayOfflineService` (core/common/repository/models).
         */
        MseGrayOfflineService: {
            service_name?: string;
            status?: string;
            error?: string;
        };
        /**
         * JobTaskMseGrayOfflineSpec
         * @description What a task detail sends as the spec of `mse-gray-offline` jobs: the stored `JobTaskMseGrayOfflineSpec` passed through as a map, so the keys are its storage (bson) names.
         */
        JobTaskMseGrayOfflineSpec: {
            production?: boolean;
            env?: string;
            gray_tag?: string;
            namespace?: string;
            offline_services?: components["schemas"]["MseGrayOfflineService"][] | null;
            events?: components["schemas"]["WorkflowJobEvent"][] | null;
        };
        /**
         * WorkflowTaskJobMseGrayOffline
         * @description A `mse-gray-offline` job of a workflow task.
         */
        WorkflowTaskJobMseGrayOffline: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "mse-gray-offline";
            spec: components["schemas"]["JobTaskMseGrayOfflineSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "mse-gray-offline";
        };
        /**
         * JobTaskGuanceyunCheckSpec
         * @description What a task detail sends as the spec of `guanceyun-check` jobs: the stored `JobTaskGuanceyunCheckSpec` passed through as a map, so the keys are its storage (bson) names.
         */
        JobTaskGuanceyunCheckSpec: {
            id?: string;
            name?: string;
            check_time?: number;
            check_mode?: string;
            monitors?: components["schemas"]["GuanceyunMonitor"][] | null;
        };
        /**
         * WorkflowTaskJobGuanceyunCheck
         * @description A `guanceyun-check` job of a workflow task.
         */
        WorkflowTaskJobGuanceyunCheck: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "guanceyun-check";
            spec: components["schemas"]["JobTaskGuanceyunCheckSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "guanceyun-check";
        };
        /**
         * JobTaskGrafanaSpec
         * @description What a task detail sends as the spec of `grafana` jobs: the stored `JobTaskGrafanaSpec` passed through as a map, so the keys are its storage (bson) names.
         */
        JobTaskGrafanaSpec: {
            id?: string;
            name?: string;
            check_time?: number;
            check_mode?: string;
            alerts?: components["schemas"]["GrafanaAlert"][] | null;
        };
        /**
         * WorkflowTaskJobGrafana
         * @description A `grafana` job of a workflow task.
         */
        WorkflowTaskJobGrafana: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "grafana";
            spec: components["schemas"]["JobTaskGrafanaSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "grafana";
        };
        /**
         * JobTaskBlueKingSpec
         * @description What a task detail sends as the spec of `blueking` jobs: the stored `JobTaskBlueKingSpec` passed through as a map, so the keys are its storage (bson) names.
         */
        JobTaskBlueKingSpec: {
            tool_id?: string;
            business_id?: number;
            execution_plan_id?: number;
            parameters?: components["schemas"]["WorkflowJobGlobalVariable"][] | null;
            tool_name?: string;
            bk_job_status?: number;
            host?: string;
            instance_id?: number;
            instance_name?: string;
        };
        /**
         * WorkflowTaskJobBlueking
         * @description A `blueking` job of a workflow task.
         */
        WorkflowTaskJobBlueking: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "blueking";
            spec: components["schemas"]["JobTaskBlueKingSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "blueking";
        };
        /**
         * WorkflowJobNativeApprovalStored
         * @description `NativeApproval` (core/common/repository/models).
         */
        WorkflowJobNativeApprovalStored: {
            timeout?: number;
            approve_users?: components["schemas"]["WorkflowJobUser"][] | null;
            needed_approvers?: number;
            reject_or_approve?: string;
            instance_code?: string;
        };
        /**
         * WorkwxApprovalNodeStored
         * @description `ApprovalNode` (pkg/tool/workwx).
         */
        WorkwxApprovalNodeStored: {
            type?: number;
            apv_rel?: number;
            users?: components["schemas"]["WorkwxApprovalUser"][] | null;
            user_id?: string[] | null;
            status?: number;
            sub_nodes?: components["schemas"]["ApprovalSubNode"][] | null;
        };
        /**
         * WorkWXApprovalStored
         * @description `WorkWXApproval` (core/common/repository/models).
         */
        WorkWXApprovalStored: {
            timeout?: number;
            approval_id?: string;
            creator_user?: components["schemas"]["WorkwxApprovalUser"] | null;
            approval_nodes?: components["schemas"]["WorkwxApprovalNodeStored"][] | null;
            approval_node_details?: components["schemas"]["WorkwxApprovalNodeStored"][] | null;
            instance_id?: string;
        };
        /**
         * JobTaskApprovalSpec
         * @description What a task detail sends as the spec of `approval` jobs: the stored `JobTaskApprovalSpec` passed through as a map, so the keys are its storage (bson) names. The four `*_approval` keys are always there (the storage keys have no `omitempty`), `null` for the kinds the approval does not use.
         */
        JobTaskApprovalSpec: {
            timeout?: number;
            type?: string;
            description?: string;
            native_approval: components["schemas"]["WorkflowJobNativeApprovalStored"] | null;
            lark_approval: components["schemas"]["WorkflowJobLarkApproval"] | null;
            dingtalk_approval: components["schemas"]["WorkflowJobDingTalkApproval"] | null;
            workwx_approval: components["schemas"]["WorkWXApprovalStored"] | null;
            approval_message?: string;
            approval_title?: string;
        };
        /**
         * WorkflowTaskJobApproval
         * @description A `approval` job of a workflow task.
         */
        WorkflowTaskJobApproval: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "approval";
            spec: components["schemas"]["JobTaskApprovalSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "approval";
        };
        /**
         * JobTaskNotificationSpec
         * @description What a task detail sends as the spec of `notification` jobs: the stored `JobTaskNotificationSpec` passed through as a map, so the keys are its storage (bson) names.
         */
        JobTaskNotificationSpec: {
            webhook_type?: string;
            lark_hook_notification_config?: components["schemas"]["LarkHookNotificationConfig"] | null;
            lark_group_notification_config?: components["schemas"]["LarkGroupNotificationConfig"] | null;
            lark_person_notification_config?: components["schemas"]["LarkPersonNotificationConfig"] | null;
            wechat_notification_config?: components["schemas"]["WechatNotificationConfig"] | null;
            dingding_notification_config?: components["schemas"]["DingDingNotificationConfig"] | null;
            msteams_notification_config?: components["schemas"]["MSTeamsNotificationConfig"] | null;
            mail_notification_config?: components["schemas"]["MailNotificationConfig"] | null;
            webhook_notification_config?: components["schemas"]["WebhookNotificationConfig"] | null;
            content?: string;
            title?: string;
        };
        /**
         * WorkflowTaskJobNotification
         * @description A `notification` job of a workflow task.
         */
        WorkflowTaskJobNotification: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "notification";
            spec: components["schemas"]["JobTaskNotificationSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "notification";
        };
        /**
         * AIReleaseTargetItem
         * @description `AIReleaseTargetItem` (core/common/repository/models).
         */
        AIReleaseTargetItem: {
            job_name?: string;
            job_type?: string;
            status?: string;
            env_name?: string;
            env_alias?: string;
            production?: boolean;
            service_names?: string[] | null;
            image_versions?: string[] | null;
            target_count?: number;
        };
        /**
         * AIReleaseTargetsSummary
         * @description `AIReleaseTargetsSummary` (core/common/repository/models).
         */
        AIReleaseTargetsSummary: {
            env_name?: string;
            env_alias?: string;
            production?: boolean;
            service_names?: string[] | null;
            image_versions?: string[] | null;
            target_count?: number;
            items?: components["schemas"]["AIReleaseTargetItem"][] | null;
        };
        /**
         * AIReleaseContextSource
         * @description `AIReleaseContextSource` (core/common/repository/models).
         */
        AIReleaseContextSource: {
            job_name?: string;
            job_type?: string;
        };
        /**
         * AIChangeSummary
         * @description `AIChangeSummary` (core/common/repository/models).
         */
        AIChangeSummary: {
            remark?: string;
            branches?: string[] | null;
            tags?: string[] | null;
            commit_messages?: string[] | null;
            services?: string[] | null;
            sources?: components["schemas"]["AIReleaseContextSource"][] | null;
        };
        /**
         * AIScanMetrics
         * @description `AIScanMetrics` (core/common/repository/models).
         */
        AIScanMetrics: {
            quality_gate_status?: string;
            ncloc?: string;
            bugs?: string;
            vulnerabilities?: string;
            code_smells?: string;
            coverage?: string;
            check_quality_gate?: boolean;
        };
        /**
         * AITestReportSummary
         * @description `AITestReportSummary` (core/common/repository/models).
         */
        AITestReportSummary: {
            job_task_name?: string;
            test_name?: string;
            zadig_test_name?: string;
            service_name?: string;
            service_module?: string;
            test_case_num?: number;
            success_case_num?: number;
            skip_case_num?: number;
            failed_case_num?: number;
            error_case_num?: number;
            test_time?: number;
            pass_rate?: number;
        };
        /**
         * AITestStatistics
         * @description `AITestStatistics` (core/common/repository/models).
         */
        AITestStatistics: {
            test_case_num?: number;
            success_case_num?: number;
            skip_case_num?: number;
            failed_case_num?: number;
            error_case_num?: number;
            pass_rate?: number;
            reports?: components["schemas"]["AITestReportSummary"][] | null;
        };
        /**
         * AIConfigChangeSummary
         * @description `AIConfigChangeSummary` (core/common/repository/models).
         */
        AIConfigChangeSummary: {
            namespace_name?: string;
            data_id?: string;
            group?: string;
            format?: string;
            content_changed?: boolean;
            changed_fields_available?: boolean;
            changed_field_count?: number;
            changed_fields_hash?: string;
            added_fields?: string[] | null;
            updated_fields?: string[] | null;
            removed_fields?: string[] | null;
            fields_truncated?: boolean;
        };
        /**
         * AISQLExecutionSummary
         * @description `AISQLExecutionSummary` (core/common/repository/models).
         */
        AISQLExecutionSummary: {
            statement_count?: number;
            successful_statement_count?: number;
            failed_statement_count?: number;
            pending_statement_count?: number;
            rows_affected?: number;
        };
        /**
         * AIReleaseSummaryItem
         * @description `AIReleaseSummaryItem` (core/common/repository/models).
         */
        AIReleaseSummaryItem: {
            job_name?: string;
            job_type?: string;
            status?: string;
            summary?: string;
            details?: string[] | null;
            scan_metrics?: components["schemas"]["AIScanMetrics"] | null;
            test_statistics?: components["schemas"]["AITestStatistics"] | null;
            config_changes?: components["schemas"]["AIConfigChangeSummary"][] | null;
            sql_execution?: components["schemas"]["AISQLExecutionSummary"] | null;
        };
        /**
         * AIJobSummary
         * @description `AIJobSummary` (core/common/repository/models).
         */
        AIJobSummary: {
            job_statuses?: string[] | null;
            summaries?: string[] | null;
            items?: components["schemas"]["AIReleaseSummaryItem"][] | null;
        };
        /**
         * AIObservabilityEvent
         * @description `AIObservabilityEvent` (core/common/repository/models).
         */
        AIObservabilityEvent: {
            id?: string;
            name?: string;
            level?: string;
            status?: string;
            url?: string;
        };
        /**
         * AIObservabilityItem
         * @description `AIObservabilityItem` (core/common/repository/models).
         */
        AIObservabilityItem: {
            job_name?: string;
            job_type?: string;
            status?: string;
            provider?: string;
            name?: string;
            check_mode?: string;
            check_time?: number;
            events?: components["schemas"]["AIObservabilityEvent"][] | null;
        };
        /**
         * AIObservabilitySummary
         * @description `AIObservabilitySummary` (core/common/repository/models).
         */
        AIObservabilitySummary: {
            job_statuses?: string[] | null;
            summaries?: string[] | null;
            items?: components["schemas"]["AIObservabilityItem"][] | null;
        };
        /**
         * AIRuntimeHostStatus
         * @description `AIRuntimeHostStatus` (core/common/repository/models).
         */
        AIRuntimeHostStatus: {
            address?: string;
            status?: string;
        };
        /**
         * AIRuntimeWorkload
         * @description `AIRuntimeWorkload` (core/common/repository/models).
         */
        AIRuntimeWorkload: {
            workload_type?: string;
            workload_name?: string;
            replicas?: number;
        };
        /**
         * AIRuntimeResource
         * @description `AIRuntimeResource` (core/common/repository/models).
         */
        AIRuntimeResource: {
            kind?: string;
            name?: string;
        };
        /**
         * AIRuntimeServiceItem
         * @description `AIRuntimeServiceItem` (core/common/repository/models).
         */
        AIRuntimeServiceItem: {
            env_name?: string;
            env_alias?: string;
            production?: boolean;
            service_name?: string;
            service_type?: string;
            revision?: number;
            pod_status?: string;
            ready?: string;
            pod_count?: number;
            ready_pods?: number;
            host_count?: number;
            healthy_hosts?: number;
            host_statuses?: components["schemas"]["AIRuntimeHostStatus"][] | null;
            error?: string;
            update_time?: number;
            images?: string[] | null;
            workloads?: components["schemas"]["AIRuntimeWorkload"][] | null;
            resources?: components["schemas"]["AIRuntimeResource"][] | null;
        };
        /**
         * AIRuntimeServicesSummary
         * @description `AIRuntimeServicesSummary` (core/common/repository/models).
         */
        AIRuntimeServicesSummary: {
            items?: components["schemas"]["AIRuntimeServiceItem"][] | null;
            query_errors?: string[] | null;
        };
        /**
         * AIReleaseSpecialistInput
         * @description `AIReleaseSpecialistInput` (core/common/repository/models).
         */
        AIReleaseSpecialistInput: {
            release_targets?: components["schemas"]["AIReleaseTargetsSummary"] | null;
            change_summary?: components["schemas"]["AIChangeSummary"] | null;
            build_summary?: components["schemas"]["AIJobSummary"] | null;
            scan_summary?: components["schemas"]["AIJobSummary"] | null;
            test_summary?: components["schemas"]["AIJobSummary"] | null;
            approval_summary?: components["schemas"]["AIJobSummary"] | null;
            other_task_summary?: components["schemas"]["AIJobSummary"] | null;
            observability_summary?: components["schemas"]["AIObservabilitySummary"] | null;
            runtime_services?: components["schemas"]["AIRuntimeServicesSummary"] | null;
        };
        /**
         * AIReleaseSpecialistCheckItem
         * @description `AIReleaseSpecialistCheckItem` (core/common/repository/models).
         */
        AIReleaseSpecialistCheckItem: {
            name?: string;
            result?: string;
            evidence?: string;
            suggestion?: string;
        };
        /**
         * AIReleaseSpecialistResult
         * @description `AIReleaseSpecialistResult` (core/common/repository/models).
         */
        AIReleaseSpecialistResult: {
            conclusion?: string;
            summary?: string;
            checks?: components["schemas"]["AIReleaseSpecialistCheckItem"][] | null;
            markdown?: string;
            raw_text?: string;
        };
        /**
         * JobTaskAIReleaseSpecialistSpec
         * @description What a task detail sends as the spec of `ai-release-specialist` jobs: `JobTaskAIReleaseSpecialistSpec` filled in for the task view.
         */
        JobTaskAIReleaseSpecialistSpec: {
            timeout?: number;
            prompt_template?: string;
            rule_plan?: components["schemas"]["AIReleaseSpecialistRulePlan"] | null;
            require_manual_confirm?: boolean;
            confirm_users?: components["schemas"]["WorkflowJobUser"][] | null;
            notification_sent?: boolean;
            system_prompt?: string;
            native_approval?: components["schemas"]["WorkflowJobNativeApproval"] | null;
            input?: components["schemas"]["AIReleaseSpecialistInput"] | null;
            result?: components["schemas"]["AIReleaseSpecialistResult"] | null;
            change_summary_text?: string;
        };
        /**
         * WorkflowTaskJobAiReleaseSpecialist
         * @description A `ai-release-specialist` job of a workflow task.
         */
        WorkflowTaskJobAiReleaseSpecialist: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "ai-release-specialist";
            spec: components["schemas"]["JobTaskAIReleaseSpecialistSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ai-release-specialist";
        };
        /**
         * JobTaskAISpec
         * @description What a task detail sends as the spec of `ai-task` jobs: the stored `JobTaskAISpec` passed through as a map, so the keys are its storage (bson) names.
         */
        JobTaskAISpec: {
            target_type?: string;
            target_id?: string;
            target_name?: string;
            prompt?: string;
            result?: string;
            require_manual_confirm?: boolean;
            confirm_users?: components["schemas"]["WorkflowJobUser"][] | null;
            native_approval?: components["schemas"]["WorkflowJobNativeApprovalStored"] | null;
        };
        /**
         * WorkflowTaskJobAiTask
         * @description A `ai-task` job of a workflow task.
         */
        WorkflowTaskJobAiTask: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "ai-task";
            spec: components["schemas"]["JobTaskAISpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ai-task";
        };
        /**
         * JobTaskSAEDeploySpec
         * @description What a task detail sends as the spec of `sae-deploy` jobs: the stored `JobTaskSAEDeploySpec` passed through as a map, so the keys are its storage (bson) names.
         */
        JobTaskSAEDeploySpec: {
            env?: string;
            production?: boolean;
            app_id?: string;
            app_name?: string;
            service_name?: string;
            service_module?: string;
            region_id?: string;
            image?: string;
            update_strategy?: components["schemas"]["SAEUpdateStrategy"] | null;
            batch_wait_time?: number;
            min_ready_instances?: number;
            min_ready_instance_ratio?: number;
            envs?: components["schemas"]["SAEKV"][] | null;
            change_order_id?: string;
        };
        /**
         * WorkflowTaskJobSaeDeploy
         * @description A `sae-deploy` job of a workflow task.
         */
        WorkflowTaskJobSaeDeploy: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "sae-deploy";
            spec: components["schemas"]["JobTaskSAEDeploySpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "sae-deploy";
        };
        /**
         * ApisixItemUpdateSpec
         * @description `ApisixItemUpdateSpec` (core/common/repository/models).
         */
        ApisixItemUpdateSpec: {
            action?: string;
            type?: string;
            user_spec?: unknown;
            original_spec?: unknown;
            item_id?: string;
            status?: string;
            error?: string;
        };
        /**
         * JobTaskApisixSpec
         * @description What a task detail sends as the spec of `apisix` jobs: the stored `JobTaskApisixSpec` passed through as a map, so the keys are its storage (bson) names.
         */
        JobTaskApisixSpec: {
            apisix_id?: string;
            tasks?: components["schemas"]["ApisixItemUpdateSpec"][] | null;
        };
        /**
         * WorkflowTaskJobApisix
         * @description A `apisix` job of a workflow task.
         */
        WorkflowTaskJobApisix: components["schemas"]["WorkflowTaskJobCommon"] & {
            /** @constant */
            type: "apisix";
            spec: components["schemas"]["JobTaskApisixSpec"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "apisix";
        };
        /**
         * WorkflowTaskJob
         * @description A job of a workflow task (`JobTaskPreview`), one schema per `type`. What `spec` holds depends on the type (`jobsToJobPreviews` in the server's `workflow_task_v4.go`): a summary built for the task view for build, freestyle, test, scanning, deploy, VM deploy, Helm chart deploy, custom deploy, canary, plugin and AI release specialist jobs; for every other type the stored task spec passed through as a map, so its keys are the storage (bson) names, e.g. apollo's `apolloID` and `namespaceList`. `zadig-helm-deploy` jobs are reported as `zadig-deploy`. There is no catch-all branch, so that narrowing on `type` stays exact.
         */
        WorkflowTaskJob: components["schemas"]["WorkflowTaskJobZadigBuild"] | components["schemas"]["WorkflowTaskJobZadigDistributeImage"] | components["schemas"]["WorkflowTaskJobZadigTest"] | components["schemas"]["WorkflowTaskJobZadigScanning"] | components["schemas"]["WorkflowTaskJobCustomDeploy"] | components["schemas"]["WorkflowTaskJobZadigDeploy"] | components["schemas"]["WorkflowTaskJobZadigVmDeploy"] | components["schemas"]["WorkflowTaskJobZadigHelmChartDeploy"] | components["schemas"]["WorkflowTaskJobZadigRestart"] | components["schemas"]["WorkflowTaskJobFreestyle"] | components["schemas"]["WorkflowTaskJobPlugin"] | components["schemas"]["WorkflowTaskJobK8sBlueGreenDeploy"] | components["schemas"]["WorkflowTaskJobK8sBlueGreenRelease"] | components["schemas"]["WorkflowTaskJobK8sCanaryDeploy"] | components["schemas"]["WorkflowTaskJobK8sCanaryRelease"] | components["schemas"]["WorkflowTaskJobK8sGrayRelease"] | components["schemas"]["WorkflowTaskJobK8sGrayRollback"] | components["schemas"]["WorkflowTaskJobK8sResourcePatch"] | components["schemas"]["WorkflowTaskJobIstioRelease"] | components["schemas"]["WorkflowTaskJobIstioRollback"] | components["schemas"]["WorkflowTaskJobUpdateEnvIstioConfig"] | components["schemas"]["WorkflowTaskJobJira"] | components["schemas"]["WorkflowTaskJobNacos"] | components["schemas"]["WorkflowTaskJobApollo"] | components["schemas"]["WorkflowTaskJobDms"] | components["schemas"]["WorkflowTaskJobPingcode"] | components["schemas"]["WorkflowTaskJobTapd"] | components["schemas"]["WorkflowTaskJobSql"] | components["schemas"]["WorkflowTaskJobJenkins"] | components["schemas"]["WorkflowTaskJobMeegoTransition"] | components["schemas"]["WorkflowTaskJobWorkflowTrigger"] | components["schemas"]["WorkflowTaskJobOfflineService"] | components["schemas"]["WorkflowTaskJobMseGrayRelease"] | components["schemas"]["WorkflowTaskJobMseGrayOffline"] | components["schemas"]["WorkflowTaskJobGuanceyunCheck"] | components["schemas"]["WorkflowTaskJobGrafana"] | components["schemas"]["WorkflowTaskJobBlueking"] | components["schemas"]["WorkflowTaskJobApproval"] | components["schemas"]["WorkflowTaskJobNotification"] | components["schemas"]["WorkflowTaskJobAiReleaseSpecialist"] | components["schemas"]["WorkflowTaskJobAiTask"] | components["schemas"]["WorkflowTaskJobSaeDeploy"] | components["schemas"]["WorkflowTaskJobApisix"];
        /**
         * WorkflowTaskStage
         * @description A stage of a workflow task (`StageTaskPreview`).
         */
        WorkflowTaskStage: {
            /** @description Stage name. */
            name?: string;
            status?: components["schemas"]["WorkflowTaskStatus"];
            /**
             * Format: int64
             * @description Start time, Unix seconds.
             */
            start_time?: number;
            /**
             * Format: int64
             * @description End time, Unix seconds.
             */
            end_time?: number;
            /** @description Whether the stage's jobs run concurrently. */
            parallel?: boolean;
            /** @description Manual execution settings and state; `null` when the stage has none. */
            manual_exec?: components["schemas"]["WorkflowManualExec"] | null;
            /** @description Jobs of the stage. */
            jobs?: components["schemas"]["WorkflowTaskJob"][] | null;
            /** @description Why the stage failed. */
            error?: string;
        };
        /**
         * WorkflowTaskReleasePlanRef
         * @description The release plan that started a workflow task (`ReleasePlanRef`); absent for other tasks.
         */
        WorkflowTaskReleasePlanRef: {
            /** @description Release plan ID. */
            id?: string;
            /** @description Release plan name. */
            name?: string;
            /**
             * Format: int64
             * @description Release plan sequence number.
             */
            index?: number;
        };
        /**
         * WorkflowTask
         * @description A workflow task (one run of a workflow) with its stages and jobs (`WorkflowTaskPreview`).
         */
        WorkflowTask: {
            /**
             * Format: int64
             * @description Task ID.
             */
            task_id: number;
            /** @description Workflow key. */
            workflow_key: string;
            /** @description Workflow display name. */
            workflow_name?: string;
            /** @description Project key. */
            project_key: string;
            /** @description Global variables of the run. */
            params?: components["schemas"]["WorkflowParam"][] | null;
            status?: components["schemas"]["WorkflowTaskStatus"];
            /** @description Whether the task was rolled back. */
            reverted?: boolean;
            /** @description Remark of the run. */
            remark?: string;
            /** @description Who started the task. */
            task_creator?: string;
            /** @description Who cancelled the task. */
            task_revoker?: string;
            /**
             * Format: int64
             * @description Creation time, Unix seconds.
             */
            create_time?: number;
            /**
             * Format: int64
             * @description Start time, Unix seconds.
             */
            start_time?: number;
            /**
             * Format: int64
             * @description End time, Unix seconds.
             */
            end_time?: number;
            /** @description Stages of the run. */
            stages?: components["schemas"]["WorkflowTaskStage"][] | null;
            /** @description Why the task failed. */
            error?: string;
            /** @description Whether the task was retried. */
            is_restart?: boolean;
            /** @description Whether the task runs in debug mode. */
            debug?: boolean;
            /** @description Pre-approval ticket the task used. */
            approval_ticket_id?: string;
            /** @description Approval instance ID. */
            approval_id?: string;
            release_plan?: components["schemas"]["WorkflowTaskReleasePlanRef"] | null;
        };
        /**
         * RepoRef
         * @description A code repository and the branch or pull requests to use.
         */
        RepoRef: {
            /** @description Name of the code host integration. */
            codehost_name?: string;
            /** @description Repository namespace (owner or group). */
            repo_namespace?: string;
            /** @description Repository name. */
            repo_name?: string;
            /** @description Branch. */
            branch?: string;
            /** @description Pull request numbers. */
            prs?: number[];
        };
        /**
         * WorkflowParameter
         * @description A global variable of a workflow run. Not checked: the server sets the workflow parameter of the same `name` and ignores entries that match none (`UpdateWorkflowParam`).
         */
        WorkflowParameter: {
            /** @description Variable name. */
            name?: string;
            /**
             * @description Variable type.
             * @enum {string}
             */
            type?: "string" | "choice" | "text" | "repo" | "multi-select" | "image";
            /** @description Value (all types but `repo`). */
            value?: string;
            repo?: components["schemas"]["RepoRef"];
        };
        /**
         * WorkflowJobInput
         * @description Inputs for one job of a workflow run; `parameters` depends on `job_type` (see the workflow docs). Neither field is checked (the server matches inputs to the workflow's jobs by `job_name` and skips jobs without one; it takes the job type from the workflow, `CreateCustomWorkflowTask` in `core/workflow/service/workflow/openapi.go`); a run sends `job_name` for every job it means to run.
         */
        WorkflowJobInput: {
            /** @description Job name in the workflow. */
            job_name?: string;
            /** @description Job type, e.g. `zadig-build`, `zadig-deploy`, `zadig-test`. */
            job_type?: string;
            /** @description Job inputs, such as `service_list`, `env_name`, `testing_list`. */
            parameters?: {
                [key: string]: unknown;
            };
        };
        /**
         * WorkflowJobType
         * @description Type of a workflow job (`config.JobType` in the server). `build` and `deploy` are deprecated; task details report `zadig-helm-deploy` jobs as `zadig-deploy`.
         * @enum {string}
         */
        WorkflowJobType: "zadig-build" | "zadig-distribute-image" | "zadig-test" | "zadig-scanning" | "custom-deploy" | "zadig-deploy" | "zadig-vm-deploy" | "zadig-helm-deploy" | "zadig-helm-chart-deploy" | "zadig-restart" | "freestyle" | "plugin" | "k8s-blue-green-deploy" | "k8s-blue-green-release" | "k8s-canary-deploy" | "k8s-canary-release" | "k8s-gray-release" | "k8s-gray-rollback" | "k8s-resource-patch" | "istio-release" | "istio-rollback" | "update-env-istio-config" | "jira" | "nacos" | "apollo" | "dms" | "pingcode" | "tapd" | "sql" | "jenkins" | "meego-transition" | "workflow-trigger" | "offline-service" | "mse-gray-release" | "mse-gray-offline" | "guanceyun-check" | "grafana" | "blueking" | "approval" | "notification" | "ai-release-specialist" | "ai-task" | "sae-deploy" | "apisix" | "build" | "deploy";
        /**
         * WorkflowRepoInput
         * @description The branch, pull requests or commit of a configured repository (`OpenAPIRepoInput`); the repository is matched by code host, namespace and name. The server looks the code source up by `codehost_name` (an unknown one fails the run); `repo_namespace` and `repo_name` only select which of the build's repositories to change.
         */
        WorkflowRepoInput: {
            /** @description Code host integration name (alias). */
            codehost_name: string;
            /** @description Repository namespace (owner or group). */
            repo_namespace?: string;
            /** @description Repository name. */
            repo_name?: string;
            /** @description Branch. */
            branch?: string;
            /** @description Pull request number (not for builds). */
            pr?: number;
            /** @description Pull request numbers (not for builds). */
            prs?: number[];
            /** @description Whether to check out `commit_id` instead of the branch head. */
            enable_commit?: boolean;
            /** @description Commit to check out; used when `enable_commit` is true. */
            commit_id?: string;
            /** @description Git remote name (accepted, not applied). */
            remote_name?: string;
            /** @description Where to check the repository out (accepted, not applied). */
            checkout_path?: string;
            /** @description Whether to check out submodules (accepted, not applied). */
            submodules?: boolean;
            /** @description Perforce stream (Perforce code hosts). */
            stream?: string;
            /** @description Perforce view mapping (Perforce code hosts). */
            view_mapping?: string;
            /** @description Perforce changelist ID (Perforce code hosts). */
            changelist_id?: number;
            /** @description Perforce shelve ID (Perforce code hosts). */
            shelve_id?: number;
        };
        /**
         * WorkflowKVInput
         * @description A variable value to set (`types.KV`). Neither field is checked: an entry whose `key` the job does not declare is ignored; a missing `value` is the empty string.
         */
        WorkflowKVInput: {
            /** @description Variable name. */
            key?: string;
            /** @description Value. */
            value?: string;
            /** @description Variable type. */
            type?: string;
            /** @description Whether the value is a secret. */
            is_credential?: boolean;
            /** @description File ID (type `file`). */
            file_id?: string;
            /** @description File name (type `file`). */
            file_name?: string;
            /** @description File path (type `file`). */
            file_path?: string;
        };
        /**
         * WorkflowServiceJobInput
         * @description A service component to run a job for, with its code and variables (`OpenAPIServiceBuildArgs` and the service inputs of freestyle, test and scanning jobs). Neither field is checked: the server matches the entry to the job's services by both and ignores entries that match none.
         */
        WorkflowServiceJobInput: {
            /** @description Service name. */
            service_name?: string;
            /** @description Service component name. */
            service_module?: string;
            /** @description Branches (or commits) of the repositories. When given, only the configured repositories listed here are checked out; leave it out to keep the job's configuration. */
            repo_info?: components["schemas"]["WorkflowRepoInput"][];
            /** @description Variables to set; variables with a fixed value or from a global variable need none. */
            inputs?: components["schemas"]["WorkflowKVInput"][];
        };
        /**
         * WorkflowBuildJobParameters
         * @description Inputs of a `zadig-build` job (`ZadigBuildJobInput`).
         */
        WorkflowBuildJobParameters: {
            /** @description Image registry to push to, as its address and namespace (e.g. `https://koderover.example.com/test`); the job's configured registry when empty. */
            registry?: string;
            /** @description Services to build; only services configured in the job are built. */
            service_list?: components["schemas"]["WorkflowServiceJobInput"][];
        };
        /**
         * WorkflowDeployJobParameters
         * @description Inputs of a `zadig-deploy` job (`ZadigDeployJobInput`).
         */
        WorkflowDeployJobParameters: {
            /** @description Environment to deploy to; not needed when the job uses a fixed value or a global variable. */
            env_name?: string;
            /** @description Services and images to deploy; not needed when the images come from an upstream job. */
            service_list?: {
                /** @description Service name. */
                service_name?: string;
                /** @description Service component name. */
                service_module?: string;
                /** @description Image to deploy. */
                image_name?: string;
                /**
                 * @description How Helm values are merged (Helm Chart services only).
                 * @enum {string}
                 */
                value_merge_strategy?: "reuse-values" | "override";
            }[];
        };
        /**
         * WorkflowCustomDeployJobParameters
         * @description Inputs of a `custom-deploy` (K8s service deployment) job (`CustomDeployJobInput`).
         */
        WorkflowCustomDeployJobParameters: {
            /** @description Containers to update; not needed when the job uses fixed values. */
            target_list?: {
                /**
                 * @description Workload kind.
                 * @enum {string}
                 */
                workload_type?: "Deployment" | "StatefulSet";
                /** @description Workload name. */
                workload_name?: string;
                /** @description Container name. */
                container_name?: string;
                /** @description Image to deploy. */
                image_name?: string;
            }[];
        };
        /**
         * WorkflowFreestyleJobParameters
         * @description Inputs of a `freestyle` (general script) job (`FreestyleJobInput`): `services` when the job runs per service, `kv` and `repo_info` otherwise.
         */
        WorkflowFreestyleJobParameters: {
            /** @description Services to run the job for (per-service jobs). */
            services?: components["schemas"]["WorkflowServiceJobInput"][];
            /** @description Variables to set (single jobs); variables with a fixed value or from a global variable need none. */
            kv?: components["schemas"]["WorkflowKVInput"][];
            /** @description Branches of the job's repositories (single jobs). */
            repo_info?: components["schemas"]["WorkflowRepoInput"][];
        };
        /**
         * WorkflowTestingJobParameters
         * @description Inputs of a `zadig-test` job (`ZadigTestingJobInput`): `service_list` for service tests, `testing_list` otherwise.
         */
        WorkflowTestingJobParameters: {
            /** @description Services to test (service tests). */
            service_list?: components["schemas"]["WorkflowServiceJobInput"][];
            /** @description Tests to run, by name (non-service tests). */
            testing_list?: {
                /** @description Test name. */
                testing_name?: string;
                /** @description Branches of the test's repositories. */
                repo_info?: components["schemas"]["WorkflowRepoInput"][];
                /** @description Test variables to set. */
                inputs?: components["schemas"]["WorkflowKVInput"][];
            }[];
        };
        /**
         * WorkflowScanningJobParameters
         * @description Inputs of a `zadig-scanning` job (`ZadigScanningJobInput`): `service_list` for service scans, `scanning_list` otherwise.
         */
        WorkflowScanningJobParameters: {
            /** @description Services to scan (service scans). */
            service_list?: components["schemas"]["WorkflowServiceJobInput"][];
            /** @description Scans to run, by name (non-service scans). */
            scanning_list?: {
                /** @description Scanning name. */
                scanning_name?: string;
                /** @description Branches of the scan's repositories. */
                repo_info?: components["schemas"]["WorkflowRepoInput"][];
                /** @description Scanning variables to set. */
                inputs?: components["schemas"]["WorkflowKVInput"][];
            }[];
        };
        /**
         * WorkflowSqlJobParameters
         * @description Inputs of a `sql` job (`SQLJobInput`).
         */
        WorkflowSqlJobParameters: {
            /** @description Database integration name (used when the job picks the database at run time). */
            database_name?: string;
            /** @description SQL statements to run. */
            sql?: string;
        };
        /**
         * WorkflowTapdJobParameters
         * @description Inputs of a `tapd` job (`TapdJobInput`). The server reads iteration IDs from `iteration_ids` and looks the project and iterations up on Tapd.
         */
        WorkflowTapdJobParameters: {
            /** @description Tapd project ID. */
            project_id?: string;
            /** @description Tapd project name (the server uses the name Tapd returns). */
            project_name?: string;
            /** @description Iteration status to set, `open`, `done` or a custom status. */
            status?: string;
            /** @description Tapd iteration IDs. */
            iteration_ids?: string[];
        };
        /**
         * WorkflowPluginJobParameters
         * @description Inputs of a `plugin` (custom task) job (`PluginJobInput`).
         */
        WorkflowPluginJobParameters: {
            /** @description Plugin inputs to set, by name. */
            kv?: components["schemas"]["WorkflowKVInput"][];
        };
        /**
         * WorkflowTaskJobInput
         * @description Inputs for one job of a run. `parameters` depends on `job_type`; job types the docs do not describe (`k8s-blue-green-deploy`, `k8s-canary-deploy`, `k8s-gray-release`, `k8s-gray-rollback`, `k8s-resource-patch`, `zadig-vm-deploy`, release and AI jobs…) take their own parameters, and `approval` takes none.
         */
        WorkflowTaskJobInput: components["schemas"]["WorkflowJobInput"] & {
            job_type?: components["schemas"]["WorkflowJobType"];
            /** @description The job's inputs, by `job_type`. */
            parameters?: components["schemas"]["WorkflowBuildJobParameters"] | components["schemas"]["WorkflowDeployJobParameters"] | components["schemas"]["WorkflowCustomDeployJobParameters"] | components["schemas"]["WorkflowFreestyleJobParameters"] | components["schemas"]["WorkflowTestingJobParameters"] | components["schemas"]["WorkflowScanningJobParameters"] | components["schemas"]["WorkflowSqlJobParameters"] | components["schemas"]["WorkflowTapdJobParameters"] | components["schemas"]["WorkflowPluginJobParameters"] | {
                [key: string]: unknown;
            };
        };
        /**
         * WorkflowNotifyLarkUser
         * @description A Lark user to notify or mention (`CreateCustomTaskLarkUserInfo`). Not checked by the server.
         */
        WorkflowNotifyLarkUser: {
            /** @description Lark user ID. */
            id?: string;
            /**
             * @description Kind of ID.
             * @enum {string}
             */
            id_type?: "user_id" | "open_id";
            /** @description Whether the user is the workflow's executor. */
            is_executor?: boolean;
            /** @description Whether the user is the current stage's executor. */
            is_stage_executor?: boolean;
        };
        /**
         * WorkflowNotifyInput
         * @description Changes to one of the workflow's notifications for a run (`CreateCustomTaskNotifyInput`). `id` picks the notification by position; `type` says which `*_config` object applies. Neither field is checked: the server applies the entry to the workflow's notification at index `id` (0 when absent) only when `type` matches it (`updateNotifyCtls`).
         */
        WorkflowNotifyInput: {
            /** @description Position of the notification in the workflow's settings, starting at 0. */
            id?: number;
            /**
             * @description Channel: `feishu` (Lark group, custom bot), `feishu_app` (Lark group, app), `feishu_person` (Lark users), `dingding`, `wechat` (WeCom), `msteams`, `mail`.
             * @enum {string}
             */
            type?: "feishu" | "feishu_app" | "feishu_person" | "dingding" | "wechat" | "msteams" | "mail";
            /** @description Whether the notification is sent for this run; left out, the setting is kept. */
            enabled?: boolean;
            /** @description Lark group notification through a custom bot (type `feishu`). */
            lark_hook_notification_config?: {
                /** @description Lark user IDs (`user_id`) to mention. */
                at_users?: string[];
                /** @description Recipients resolved at run time. */
                dynamic_recipients?: string[];
                /** @description Whether to mention everyone. */
                is_at_all?: boolean;
            };
            /** @description Lark group notification through an app (type `feishu_app`). */
            lark_group_notification_config?: {
                /** @description Lark chat ID. */
                chat_id?: string;
                /** @description Users to mention. */
                at_users?: components["schemas"]["WorkflowNotifyLarkUser"][];
                /** @description Recipients resolved at run time. */
                dynamic_recipients?: string[];
            };
            /** @description Lark notification to users (type `feishu_person`). */
            lark_person_notification_config?: {
                /** @description Users to notify. */
                users?: components["schemas"]["WorkflowNotifyLarkUser"][];
                /** @description Recipients resolved at run time. */
                dynamic_recipients?: string[];
            };
            /** @description DingTalk notification (type `dingding`). */
            dingding_notification_config?: {
                /** @description Mobile numbers to mention. */
                at_mobiles?: string[];
                /** @description Recipients resolved at run time. */
                dynamic_recipients?: string[];
                /** @description Whether to mention everyone. */
                is_at_all?: boolean;
            };
            /** @description WeCom notification (type `wechat`). */
            wechat_notification_config?: {
                /** @description WeCom user IDs to mention. */
                at_users?: string[];
                /** @description Whether to mention everyone. */
                is_at_all?: boolean;
            };
            /** @description Microsoft Teams notification (type `msteams`). */
            msteams_notification_config?: {
                /** @description E-mail addresses to mention. */
                at_emails?: string[];
                /** @description Recipients resolved at run time. */
                dynamic_recipients?: string[];
            };
            /** @description E-mail notification (type `mail`). */
            mail_notification_config?: {
                /** @description Zadig user IDs to mail. */
                user_ids?: string[];
                /** @description Recipients as users or user groups (not in the docs). */
                users?: components["schemas"]["ApprovalUser"][];
                /** @description Recipients resolved at run time. */
                dynamic_recipients?: string[];
            };
        };
        /**
         * ExecuteWorkflowRequest
         * @description What to run (`OpenAPICreateCustomWorkflowTaskArgs`). Jobs named in `inputs` run with those inputs on top of the workflow's configuration; every other job is skipped. Workflows that need a pre-approval ticket cannot be run this way. The server needs `workflow_key` (the workflow is looked up by it); `project_key` is used only for the permission check of callers who are not system administrators (403 without it), `CreateCustomWorkflowTask` in `core/workflow/handler/openapi.go`.
         */
        ExecuteWorkflowRequest: {
            /** @description Project key (used for the permission check). */
            project_key?: string;
            /** @description Workflow key. */
            workflow_key: string;
            /** @description Global variables to set; each must exist in the workflow. `choice` values must be one of the options; for `repo` only the branch and pull requests of the configured repository can change. */
            parameters?: components["schemas"]["WorkflowParameter"][];
            /** @description Jobs to run, with their inputs. The docs mark it required; without it every job is skipped. */
            inputs?: components["schemas"]["WorkflowTaskJobInput"][];
            /** @description Changes to the workflow's notifications for this run. */
            notify_inputs?: components["schemas"]["WorkflowNotifyInput"][];
        };
        /**
         * CreatedWorkflowTask
         * @description The task a run created (`CreateTaskV4Resp`).
         */
        CreatedWorkflowTask: {
            /** @description Project key. */
            project_name: string;
            /** @description Workflow key. */
            workflow_name: string;
            /**
             * Format: int64
             * @description Task ID of the new run.
             */
            task_id: number;
        };
        /**
         * ApproveWorkflowTaskRequest
         * @description A decision on a native (Zadig) approval of a running task (`OpenAPIApproveRequest`).
         */
        ApproveWorkflowTaskRequest: {
            /**
             * Format: int64
             * @description Task ID.
             */
            task_id: number;
            /** @description Workflow key. */
            workflow_key: string;
            /** @description Name of the job task waiting for approval (an `approval` job's `name` in `getWorkflowTask`). The docs call it the stage name; the server looks the approval up by job name. */
            stage_name: string;
            /**
             * @description `true` approves, `false` rejects.
             * @default false
             */
            approve: boolean;
            /** @description Comment. */
            comment?: string;
        };
        /**
         * WorkflowDetail
         * @description A custom workflow's configuration (`OpenAPIWorkflowV4Detail`). Stages carry only `name`, `parallel` and `jobs`: the server does not send stage approval or manual-execution settings here.
         */
        WorkflowDetail: {
            /** @description Workflow key (identifier). */
            workflow_key: string;
            /** @description Workflow display name. */
            workflow_name: string;
            /** @description Project key, echoed from the `projectKey` query parameter. */
            project_key: string;
            /** @description Description. */
            description?: string;
            /** @description Creator. */
            created_by?: string;
            /**
             * Format: int64
             * @description Creation time, Unix seconds.
             */
            create_time?: number;
            /** @description Last updater. The server never fills it in this response (always empty). */
            updated_by?: string;
            /**
             * Format: int64
             * @description Last update, Unix seconds.
             */
            update_time?: number;
            /** @description Global variables of the workflow. */
            params?: components["schemas"]["WorkflowParam"][] | null;
            /** @description Stages, in order. */
            stages?: components["schemas"]["WorkflowStage"][];
            /** @description Notification settings. */
            notify_ctls?: components["schemas"]["WorkflowNotifyCtl"][] | null;
            /** @description Shared volumes. */
            share_storages?: components["schemas"]["WorkflowShareStorage"][] | null;
            /** @description How many tasks of the workflow may run at once; -1 means no limit, 0 disables running. */
            concurrency_limit?: number;
        };
        /**
         * WorkflowTaskSummary
         * @description A workflow task as listed (`OpenAPIWorkflowV4Task`).
         */
        WorkflowTaskSummary: {
            /** @description Workflow key. */
            workflow_key?: string;
            /** @description Workflow display name. */
            workflow_name?: string;
            /** @description Project key, echoed from the `projectKey` query parameter. */
            project_key?: string;
            /**
             * Format: int64
             * @description Task ID.
             */
            task_id?: number;
            /**
             * Format: int64
             * @description Creation time, Unix seconds.
             */
            create_time?: number;
            /** @description Who started the task (a user name, or e.g. `webhook`). */
            task_creator?: string;
            /**
             * Format: int64
             * @description Start time, Unix seconds.
             */
            start_time?: number;
            /**
             * Format: int64
             * @description End time, Unix seconds.
             */
            end_time?: number;
            status?: components["schemas"]["WorkflowTaskStatus"];
            /** @description Not in the docs: the server's `OpenAPIWorkflowV4Task.Stages`. */
            stages?: Record<string, never>[];
        };
        /**
         * WorkflowTaskList
         * @description One page of a workflow's tasks, newest first (`OpenAPIWorkflowV4TaskListResp`).
         */
        WorkflowTaskList: {
            /**
             * Format: int64
             * @description Number of tasks of the workflow.
             */
            total: number;
            /** @description Tasks on this page. */
            workflow_tasks: components["schemas"]["WorkflowTaskSummary"][];
        };
        /**
         * UpdateWorkflowTaskRemarkRequest
         * @description A task's new remark (`updateWorkflowV4TaskRemarkReq`).
         */
        UpdateWorkflowTaskRemarkRequest: {
            /** @description Remark; an empty or missing value clears it. */
            remark?: string;
        };
        /**
         * WorkflowManualExecExecutor
         * @description Someone allowed to start a stage (`OpenAPIManualExecExecutor`). For `task_creator` the server fills in the task creator's ID and name.
         */
        WorkflowManualExecExecutor: {
            /**
             * @description What the entry names; `""` (the zero value) for entries stored without a type, as on `ApprovalUser`.
             * @enum {string}
             */
            type: "" | "user" | "group" | "task_creator";
            /** @description User ID (types `user` and `task_creator`). */
            user_id?: string;
            /** @description User name (types `user` and `task_creator`). */
            user_name?: string;
            /** @description User group ID (type `group`). */
            group_id?: string;
            /** @description User group name (type `group`). */
            group_name?: string;
        };
        /**
         * WorkflowManualExecContext
         * @description The stage of a paused task that waits for manual execution, and who may start it (`OpenAPIManualExecWorkflowTaskV4Response`).
         */
        WorkflowManualExecContext: {
            /** @description Project key. */
            project_key: string;
            /** @description Workflow key. */
            workflow_key: string;
            /**
             * Format: int64
             * @description Task ID.
             */
            task_id: number;
            status: components["schemas"]["WorkflowTaskStatus"];
            /** @description Stage waiting for manual execution. */
            stage_name: string;
            /** @description Whether the token's user may start the stage (always true for system administrators). */
            can_execute: boolean;
            /** @description Configured executors. */
            executors: components["schemas"]["WorkflowManualExecExecutor"][];
        };
        /**
         * ManualExecWorkflowStageRequest
         * @description The stage to start (`OpenAPIManualExecWorkflowTaskV4Request`).
         */
        ManualExecWorkflowStageRequest: {
            /** @description Stage currently waiting for manual execution. */
            stage_name: string;
        };
        /**
         * ExecuteProductWorkflowRequest
         * @description Body of a product workflow run (`OpenAPICreateProductWorkflowTaskArgs`, Zadig v3.4). `workflow_key`, `project_key` and `input` are checked by the server (`Validate`); the rest is optional.
         */
        ExecuteProductWorkflowRequest: {
            /** @description Workflow key. */
            workflow_key: string;
            /** @description Project key. */
            project_key: string;
            /** @description What to run (`CreateProductTaskJobInput`). With neither `build.enabled` nor `deploy.enabled` the workflow's preset for `target_env` runs as it is. */
            input: {
                /** @description Environment whose preset is used. Not checked; an unknown one fails when the preset is read. */
                target_env?: string;
                /** @description The build stage (`WorkflowBuildArg`). */
                build?: {
                    /** @description Build the service modules in `service_list` (others of the preset are left out). */
                    enabled?: boolean;
                    service_list?: {
                        service_module?: string;
                        service_name?: string;
                        /** @description Repositories to override, matched by code source name, namespace and repository name. */
                        repo_info?: {
                            /** @description Name (alias) of the code source. */
                            codehost_name?: string;
                            repo_namespace?: string;
                            repo_name?: string;
                            branch?: string;
                            pr?: number;
                            prs?: number[];
                        }[];
                        /** @description Build variables to override, by key. */
                        inputs?: {
                            key?: string;
                            value?: string;
                        }[];
                    }[];
                };
                /** @description The deploy stage (`WorkflowDeployArg`). */
                deploy?: {
                    enabled?: boolean;
                    /** @description Where the deployed images come from. With `build.enabled` it must be `zadig` (otherwise an error); not checked otherwise. */
                    source?: string;
                    /** @description Images to deploy when only `deploy.enabled` is set. */
                    service_list?: {
                        service_module?: string;
                        service_name?: string;
                        /** @description Full image address to deploy. */
                        image_name?: string;
                    }[];
                };
            };
        };
        /**
         * CreatedProductWorkflowTask
         * @description The task a product workflow run created (`CreateTaskResp`, Zadig v3.4).
         */
        CreatedProductWorkflowTask: {
            /** @description Project key. */
            project_name: string;
            /** @description Workflow key. */
            pipeline_name: string;
            /**
             * Format: int64
             * @description Task ID of the new run.
             */
            task_id: number;
        };
        /**
         * ProductWorkflowTaskBrief
         * @description One task of a product workflow in a list (`OpenAPIProductWorkflowTaskBrief`, Zadig v3.4). Times are Unix seconds, 0 until the task starts or ends.
         */
        ProductWorkflowTaskBrief: {
            /** @description Workflow key. */
            workflow_key: string;
            /** @description Project key. */
            project_key: string;
            /**
             * Format: int64
             * @description Task ID.
             */
            task_id: number;
            /** Format: int64 */
            create_time: number;
            /** @description Who started the task. */
            task_creator: string;
            /** Format: int64 */
            start_time: number;
            /** Format: int64 */
            end_time: number;
            /** @description The task's status as stored (`created`, `running`, `passed`, `failed`, `timeout`, `cancelled`, `waiting`, `queued`, `blocked`, …; not lower-cased, so older records may differ in case). Not an enum: the pipeline engine's set is open. */
            status: string;
        };
        /**
         * ProductWorkflowTask
         * @description One task of a product workflow (`OpenAPIProductWorkflowTaskDetail`, Zadig v3.4). Times are Unix seconds, 0 until the task starts or ends.
         */
        ProductWorkflowTask: {
            /** @description Workflow key. */
            workflow_key: string;
            /** @description Display name; left out when empty. */
            workflow_name?: string;
            /** @description Project key. */
            project_key: string;
            /** Format: int64 */
            task_id: number;
            /** Format: int64 */
            create_time: number;
            task_creator: string;
            /** Format: int64 */
            start_time: number;
            /** Format: int64 */
            end_time: number;
            /** @description The task's status, lower-cased (`created`, `running`, `passed`, `failed`, `timeout`, `cancelled`, `waiting`, `queued`, `blocked`, …). Not an enum: the pipeline engine's set is open. */
            status: string;
        };
        /**
         * WorkflowView
         * @description A workflow view with its enabled workflows (`OpenAPIWorkflowViewBrief`).
         */
        WorkflowView: {
            /** @description View name. */
            name: string;
            /** @description Project key. */
            project_key: string;
            /**
             * Format: int64
             * @description Last update, Unix seconds.
             */
            update_time?: number;
            /** @description Last updater. */
            update_by?: string;
            /** @description Workflows shown in the view. */
            workflows: {
                /** @description Workflow key. */
                workflow_key?: string;
                /**
                 * @description `custom` for custom workflows, `product` for legacy product workflows.
                 * @enum {string}
                 */
                workflow_type?: "custom" | "product";
            }[];
        };
        /**
         * WorkflowViewList
         * @description A project's workflow views.
         */
        WorkflowViewList: components["schemas"]["WorkflowView"][];
        /**
         * WorkflowViewItem
         * @description A workflow to put in (or, on update, take out of) a view (`OpenAPIWorkflowViewDetail`). The server checks only `workflow_type` (`custom` or `product`, `OpenAPICreateWorkflowViewReq.Validate` in `core/workflow/service/workflow/types.go`).
         */
        WorkflowViewItem: {
            /** @description Workflow key. Not checked by the server; an entry without one names no workflow. */
            workflow_key?: string;
            /** @description Workflow display name (not in the docs; stored with the view). */
            workflow_name?: string;
            /**
             * @description `custom` for custom workflows, `product` for legacy product workflows; anything else is a 400.
             * @enum {string}
             */
            workflow_type: "custom" | "product";
            /** @description Update only; `true` adds the workflow to the view, `false` removes it. Ignored on create (always added). */
            enabled?: boolean;
        };
        /**
         * CreateWorkflowViewRequest
         * @description A new workflow view (`OpenAPICreateWorkflowViewReq`).
         */
        CreateWorkflowViewRequest: {
            /** @description Project key. */
            project_key: string;
            /** @description View name; unique in the project. */
            name: string;
            /** @description Workflows in the view. The docs mark it required; the server accepts an empty view. */
            workflow_list?: components["schemas"]["WorkflowViewItem"][];
        };
        /**
         * UpdateWorkflowViewRequest
         * @description Workflows to add to or remove from a view (`OpenAPICreateWorkflowViewReq`; the server takes the view name from the path and the project from the `projectKey` query parameter and ignores `name` and `project_key` here). Workflows not listed keep their state.
         */
        UpdateWorkflowViewRequest: {
            /** @description Workflows to add (`enabled` true) or remove (`enabled` false); keys must not repeat. */
            workflow_list?: components["schemas"]["WorkflowViewItem"][];
            /** @description Not in the docs: the server's `OpenAPICreateWorkflowViewReq.ProjectName`. */
            project_key?: string;
            /** @description Not in the docs: the server's `OpenAPICreateWorkflowViewReq.Name`. */
            name?: string;
        };
        /**
         * CreateWorkflowApprovalTicketRequest
         * @description A pre-approval ticket from a third-party approval system (`ApprovalTicket`); workflows that require one can only run within its limits.
         */
        CreateWorkflowApprovalTicketRequest: {
            /** @description Project key; the project must exist. */
            project_key: string;
            /** @description Approval form number in the third-party system. */
            approval_id: string;
            /**
             * @description 0 (the form is invalid) or 1 (the form is in effect); left out, 0. The docs mark it required.
             * @enum {integer}
             */
            status?: 0 | 1;
            /** @description Environments the ticket allows; empty means any. The docs type it as a string; the server takes a list. */
            envs?: string[];
            /** @description Services the ticket allows; empty means any. Entries are not checked by the server (`ApprovalTicket.Validate` checks only `approval_id`, `project_key` and the time window). */
            services?: {
                /** @description Service name. */
                service_name?: string;
                /** @description Service component name. */
                service_module?: string;
            }[];
            /** @description Users who may run with the ticket, matched by e-mail; empty means anyone. Entries are not checked by the server; one without `email` matches nobody. */
            users?: {
                /** @description User name, shown on the ticket. */
                name?: string;
                /** @description E-mail address, used to match Zadig users. */
                email?: string;
            }[];
            /**
             * Format: int64
             * @description Start of the execution window, Unix seconds; 0 means no start.
             */
            execution_window_start?: number;
            /**
             * Format: int64
             * @description End of the execution window, Unix seconds; 0 means no end. Must not be before the start.
             */
            execution_window_end?: number;
            /** @description Not in the docs: the server's `ApprovalTicket.ID`. */
            id?: string;
            /** @description Not in the docs: the server's `ApprovalTicket.CreateTime`. */
            create_time?: number;
        };
        /**
         * EnvironmentStatus
         * @description Status of an environment, lower-cased by the server. Usual values: `success` (normal), `failed`, `creating`, `updating`, `deleting`, `sleeping`, `unstable` and `unknown`; other lower-cased cluster or workload states can appear.
         * @example success
         */
        EnvironmentStatus: string;
        /**
         * EnvironmentSummary
         * @description An environment as listed (`OpenAPIListEnvBrief` in the server). The docs' example names the key `env_name`; the server sends it as `env_key`, and the environment's display name as `envName`.
         */
        EnvironmentSummary: {
            /** @description Environment key. */
            env_key: string;
            /** @description Display name (alias) of the environment; omitted when it has none. */
            envName?: string;
            /** @description ID of the Kubernetes cluster. */
            cluster_id: string;
            /** @description Kubernetes namespace. */
            namespace: string;
            /** @description Whether it is a production environment. */
            production: boolean;
            /** @description ID of the image registry; the default registry's when the environment has none. */
            registry_id: string;
            status: components["schemas"]["EnvironmentStatus"];
            /** @description Last updater. */
            update_by: string;
            /**
             * Format: int64
             * @description Last update, Unix seconds.
             */
            update_time: number;
        };
        /**
         * EnvironmentSubEnvOption
         * @description Makes the new environment a sub-environment of a base environment (`OpenAPISubEnv` in the server). For test environments this is Zadig's shared-environment (self-service) mode; for production environments it turns on Istio gray release based on `base_env`. The docs type it `[]SubEnv`; the server takes one object. Neither field is checked: absent or `enable: false`, the environment is an ordinary one; `base_env` is needed when `enable` is `true`.
         */
        EnvironmentSubEnvOption: {
            /** @description Whether to create the environment as a sub-environment; `false` ignores `base_env`. */
            enable?: boolean;
            /** @description Key of the base environment. */
            base_env?: string;
        };
        /**
         * EnvironmentVariableType
         * @description Type of a service or global variable. `enum` variables take one of their `options`. Empty when a variable was stored without a type (e.g. by `updateEnvironmentGlobalVariables` with only `key` and `value`).
         * @enum {string}
         */
        EnvironmentVariableType: "string" | "bool" | "enum" | "yaml" | "";
        /**
         * EnvironmentGlobalVariable
         * @description A global variable of an environment (`GlobalVariableKV` in the server). Services whose variables use it are listed in `related_services`. The server does not check `value`; a missing one is the empty string.
         */
        EnvironmentGlobalVariable: {
            /** @description Variable key. */
            key: string;
            /** @description Variable value; a string, or a boolean for `bool` variables. */
            value?: unknown;
            type?: components["schemas"]["EnvironmentVariableType"];
            /** @description Allowed values, for `enum` variables. */
            options?: string[] | null;
            /** @description Description. */
            desc?: string;
            /** @description Services whose variables use this global variable. */
            related_services?: string[] | null;
        };
        /** @description Container (service component) name. */
        name: string;
        /**
         * @description Container type; `init` for init containers, empty otherwise.
         * @enum {string}
         */
        type: "" | "init";
        /** @description Full image address. */
        image: string;
        /** @description Image name. */
        image_name: string;
        /**
         * ImagePath
         * @description Where a Helm chart's values hold an image (`ImagePathSpec` in the server), as dotted keys such as `image.repository`. Get it from the environment's service details.
         */
        ImagePath: {
            /** @description Key of the image repository. */
            repo?: string;
            /** @description Key of the image namespace. */
            namespace?: string;
            /** @description Key of the image name. */
            image?: string;
            /** @description Key of the image tag. */
            tag?: string;
        };
        image_path: components["schemas"]["ImagePath"] | null;
        /**
         * EnvironmentContainerInput
         * @description A container (service component) and its image in a service an environment is created with (`Container` in the server). The fields of `EnvironmentContainer`, none of them required: the server does not check them.
         */
        EnvironmentContainerInput: {
            name?: components["schemas"]["name"];
            type?: components["schemas"]["type"];
            image?: components["schemas"]["image"];
            image_name?: components["schemas"]["image_name"];
            image_path?: components["schemas"]["image_path"];
        };
        /**
         * EnvironmentServiceVariableInput
         * @description A service variable to set (`RenderVariableKV` in the server). Type, description and options come from the service's definition. The docs mark `value` and `use_global_variable` required; the server requires neither.
         */
        EnvironmentServiceVariableInput: {
            /** @description Variable key, as defined on the service. */
            key: string;
            /** @description Variable value; a string, or a boolean for `bool` variables. Ignored when `use_global_variable` is true and the environment has a global variable of this key. */
            value?: unknown;
            /** @description Whether to take the value from the environment's global variable of the same key. Ignored when the environment has no such global variable. */
            use_global_variable?: boolean;
            /** @description Not in the docs: the server's `RenderVariableKV.IsReferenceVariable`. */
            is_reference_variable?: boolean;
            /** @description Not in the docs: the server's `RenderVariableKV.Type`. */
            type?: string;
            /** @description Not in the docs: the server's `RenderVariableKV.Options`. */
            options?: string[];
            /** @description Not in the docs: the server's `RenderVariableKV.Desc`. */
            desc?: string;
        };
        /**
         * EnvironmentCreateService
         * @description A service to deploy in a new environment (`OpenAPICreateServiceArgs` in the server). The server looks the service up by `service_name` (an unknown one fails the creation) and copies `containers` as given without checking them (`OpenAPICreateK8sEnv`, `core/environment/service/openapi.go`).
         */
        EnvironmentCreateService: {
            /** @description Service name. */
            service_name?: string;
            /** @description Service type, `k8s`. The docs mark it required; the server ignores it and uses the project's type. */
            type?: string;
            /** @description Containers (service components) of the service and the images to deploy. The server does not check them (neither `name` nor `image` is required); they replace the service's containers as given. */
            containers?: components["schemas"]["EnvironmentContainerInput"][];
            /** @description Variables of the service; those left out take the service's defaults. */
            variable_kvs?: components["schemas"]["EnvironmentServiceVariableInput"][];
            /** @description Not in the docs: the server's `OpenAPICreateServiceArgs.DeployStrategy`. */
            deploy_strategy?: string;
            /** @description Not in the docs: the server's `OpenAPICreateServiceArgs.Status`. */
            status?: string;
        };
        /**
         * EnvironmentConfigType
         * @description Type of an environment configuration, i.e. the kind of Kubernetes object (`CommonEnvCfgType` in the server). It must match the `kind` of the configuration's YAML (`PersistentVolumeClaim` for `PVC`).
         * @enum {string}
         */
        EnvironmentConfigType: "Ingress" | "ConfigMap" | "Secret" | "PVC";
        /**
         * EnvironmentConfigInput
         * @description An environment configuration to create with a new environment (`EnvCfgArgs` in the server). The server takes its type and name from the YAML's `kind` and `metadata.name` (ConfigMap, Ingress, Secret or PersistentVolumeClaim).
         */
        EnvironmentConfigInput: {
            /** @description YAML of the configuration. */
            yaml_data?: string;
            common_env_cfg_type?: components["schemas"]["EnvironmentConfigType"];
            /** @description Whether to keep the configuration in sync with `git_repo_config`. */
            auto_sync?: boolean;
            /** @description Code repository the configuration comes from (`GitRepoConfig` in the server). */
            git_repo_config?: {
                /** @description ID of the code host. */
                codehost_id?: number;
                /** @description Repository owner (organization or user). */
                owner?: string;
                /** @description Actual namespace of the repository, when it differs from `owner`. */
                namespace?: string;
                /** @description Repository name. */
                repo?: string;
                /** @description Branch. */
                branch?: string;
                /** @description Paths of the files in the repository. */
                values_paths?: string[];
            };
            /** @description Not in the docs: the server's `EnvCfgArgs.Name`. */
            name?: string;
        };
        /**
         * CreateEnvironmentRequest
         * @description A new test environment of a K8s YAML project (`OpenAPICreateEnvArgs` in the server). The project is the query parameter `projectKey`.
         */
        CreateEnvironmentRequest: {
            /** @description Environment key; unique in the project. */
            env_key: string;
            /** @description ID of the Kubernetes cluster. */
            cluster_id: string;
            /** @description Kubernetes namespace. */
            namespace: string;
            /** @description ID of the image registry. */
            registry_id: string;
            sub_env?: components["schemas"]["EnvironmentSubEnvOption"];
            /** @description Global variables of the environment, by key and value; keys must be global variables of the project, whose type, description and options the server copies. */
            global_variables?: components["schemas"]["EnvironmentGlobalVariable"][];
            /** @description Services to deploy. */
            services?: components["schemas"]["EnvironmentCreateService"][];
            /** @description Environment configurations to create. */
            env_configs?: components["schemas"]["EnvironmentConfigInput"][];
            /** @description Not in the docs: the server's `OpenAPICreateEnvArgs.Production`. */
            production?: boolean;
            /** @description Not in the docs: the server's `OpenAPICreateEnvArgs.ProjectName`. */
            project_key?: string;
            /** @description Not in the docs: the server's `OpenAPICreateEnvArgs.Alias`. */
            env_name?: string;
        };
        /**
         * CreateProductionEnvironmentRequest
         * @description A new production environment of a K8s YAML project (`OpenAPICreateEnvArgs` in the server). It is created without services; the server ignores `global_variables`, `services` and `env_configs` on this route.
         */
        CreateProductionEnvironmentRequest: {
            /** @description Environment key; unique in the project. */
            env_key: string;
            /** @description Display name (alias) of the environment. */
            env_name?: string;
            /** @description ID of the Kubernetes cluster. */
            cluster_id: string;
            /** @description Kubernetes namespace; must not be `kube-node-lease`, `kube-public` or `kube-system`. */
            namespace: string;
            /** @description ID of the image registry. */
            registry_id: string;
            sub_env?: components["schemas"]["EnvironmentSubEnvOption"];
            /** @description Not in the docs: the server's `OpenAPICreateEnvArgs.Production`. */
            production?: boolean;
            /** @description Not in the docs: the server's `OpenAPICreateEnvArgs.ProjectName`. */
            project_key?: string;
            /** @description Not in the docs: the server's `OpenAPICreateEnvArgs.GlobalVariables`. */
            global_variables?: Record<string, never>[];
            /** @description Not in the docs: the server's `OpenAPICreateEnvArgs.Services`. */
            services?: Record<string, never>[];
            /** @description Not in the docs: the server's `OpenAPICreateEnvArgs.EnvConfigs`. */
            env_configs?: Record<string, never>[];
        };
        /**
         * CreateHelmEnvironmentRequest
         * @description A new environment of a Helm Chart project, test or production (`OpenAPICreateHelmEnvArgs` in the server). The project is the query parameter `projectKey`; a `project_key` in the body is overwritten by it.
         */
        CreateHelmEnvironmentRequest: {
            /** @description Environment key; unique in the project. */
            env_name: string;
            /** @description Display name (alias) of the environment. */
            alias?: string;
            /** @description ID of the Kubernetes cluster. */
            cluster_id: string;
            /** @description Kubernetes namespace; for production environments not `kube-node-lease`, `kube-public` or `kube-system`. */
            namespace: string;
            /** @description ID of the image registry. */
            registry_id: string;
            /** @description Project key. Required (the server's `binding:"required"` rejects a body without it), but its value is not used: the server takes the query's `projectKey`. */
            project_key: string;
            /** @description Whether to create a production environment. */
            production?: boolean;
            sub_env?: components["schemas"]["EnvironmentSubEnvOption"];
        };
        /**
         * EnvironmentServiceDeployStrategy
         * @description How a service is put into an environment: `deploy` (deployed by Zadig), `import` (only imported; its existing resources are taken over) or `draft` (recorded but not deployed). `""` (the zero value) for services whose environment has no recorded strategy for them.
         * @enum {string}
         */
        EnvironmentServiceDeployStrategy: "" | "deploy" | "import" | "draft";
        /**
         * EnvironmentContainer
         * @description A container (service component) of a service and its image (`Container` in the server).
         */
        EnvironmentContainer: {
            /** @description Container (service component) name. */
            name: string;
            /**
             * @description Container type; `init` for init containers, empty otherwise.
             * @enum {string}
             */
            type?: "" | "init";
            /** @description Full image address. */
            image: string;
            /** @description Image name. */
            image_name?: string;
            image_path?: components["schemas"]["ImagePath"] | null;
        };
        /**
         * EnvironmentServiceVariable
         * @description A service variable (`ServiceVariableKV` in the server).
         */
        EnvironmentServiceVariable: {
            /** @description Variable key. */
            key: string;
            /** @description Variable value; a string, or a boolean for `bool` variables. */
            value: unknown;
            type?: components["schemas"]["EnvironmentVariableType"];
            /** @description Allowed values, for `enum` variables. */
            options?: string[] | null;
            /** @description Description. */
            desc?: string;
        };
        /**
         * EnvironmentService
         * @description A service in an environment, as environment details list it (`OpenAPIServiceDetail` in the server).
         */
        EnvironmentService: {
            /** @description Service name. */
            service_name: string;
            deploy_strategy?: components["schemas"]["EnvironmentServiceDeployStrategy"];
            /** @description The service's containers (service components) and their images. */
            containers: components["schemas"]["EnvironmentContainer"][];
            /** @description Variables of the service. The server reads them from the service's current definition in the project, not from the values the environment uses. */
            variable_kvs: components["schemas"]["EnvironmentServiceVariable"][];
            /** @description Lower-cased status of the service: `running`, `unstable`, `unstart` (not started), `failed`, `pending`, `succeeded`, `unknown`…; empty when the server found no status for it. */
            status: string;
            /** @description Service type; `k8s` for services of K8s YAML projects. */
            type: string;
        };
        /**
         * EnvironmentDetail
         * @description An environment with its global variables and services (`OpenAPIEnvDetail` in the server).
         */
        EnvironmentDetail: {
            /** @description Project key. */
            project_key: string;
            /** @description Environment key. */
            env_key: string;
            /** @description Display name (alias) of the environment; omitted when it has none. */
            env_name?: string;
            /** @description Last updater. */
            update_by: string;
            /**
             * Format: int64
             * @description Last update, Unix seconds.
             */
            update_time: number;
            /** @description ID of the Kubernetes cluster. */
            cluster_id: string;
            /** @description Kubernetes namespace. */
            namespace: string;
            /** @description ID of the image registry. */
            registry_id: string;
            /** @description Global variables of the environment. */
            global_variables: components["schemas"]["EnvironmentGlobalVariable"][];
            /** @description Services in the environment. */
            services: components["schemas"]["EnvironmentService"][];
            status: components["schemas"]["EnvironmentStatus"];
            /** @description Not in the docs: the server's `OpenAPIEnvDetail.ChartValues`. */
            chart_values?: Record<string, never>[];
        };
        /**
         * UpdateEnvironmentRequest
         * @description New basic settings of a test environment (`EnvBasicInfoArgs` in the server). An empty `registry_id` leaves the registry unchanged. Nothing is checked: an empty or absent `registry_id` leaves the registry as it is (`OpenAPIUpdateEnvBasicInfo`, `core/environment/service/openapi.go`).
         */
        UpdateEnvironmentRequest: {
            /** @description ID of the image registry. */
            registry_id?: string;
            /** @description Not in the docs: the server's `EnvBasicInfoArgs.Alias`. */
            env_name?: string;
        };
        /**
         * UpdateProductionEnvironmentRequest
         * @description New basic settings of a production environment (`EnvBasicInfoArgs` in the server). An empty `registry_id` leaves the registry unchanged; `env_name` is always written, so leaving it out clears the display name.
         */
        UpdateProductionEnvironmentRequest: {
            /** @description ID of the image registry. */
            registry_id?: string;
            /** @description Display name (alias) of the environment. */
            env_name?: string;
        };
        /**
         * EnvironmentWorkloadImage
         * @description A container image of a workload.
         */
        EnvironmentWorkloadImage: {
            /** @description Container name. */
            name: string;
            /** @description Full image address. */
            image: string;
            /** @description Image name. */
            image_name?: string;
        };
        /**
         * EnvironmentWorkloadContainerPort
         * @description A port of a container, as Kubernetes declares it.
         */
        EnvironmentWorkloadContainerPort: {
            /** @description Port name. */
            name?: string;
            /** @description Port exposed on the host. */
            hostPort?: number;
            /** @description Port exposed on the pod's IP. */
            containerPort: number;
            /**
             * @description Protocol.
             * @enum {string}
             */
            protocol?: "TCP" | "UDP" | "SCTP";
            /** @description Host IP the host port binds to. */
            hostIP?: string;
        };
        /**
         * EnvironmentWorkloadPodContainer
         * @description A container of a pod.
         */
        EnvironmentWorkloadPodContainer: {
            /** @description Container name. */
            name: string;
            /** @description Full image address. */
            image: string;
            /** @description Number of restarts. */
            restart_count?: number;
            /** @description Container state, e.g. `running`, `waiting`, `terminated`. */
            status?: string;
            /** @description Whether the container is ready. */
            ready?: boolean;
            /** @description Ports of the container. */
            ports?: components["schemas"]["EnvironmentWorkloadContainerPort"][];
            /** @description Message about the container's last termination. */
            message?: string;
            /** @description Reason of the container's last termination. */
            reason?: string;
            /**
             * Format: int64
             * @description When the container started, Unix seconds; omitted when unknown.
             */
            started_at?: number;
            /**
             * Format: int64
             * @description When the container last terminated, Unix seconds; omitted when it has not.
             */
            finished_at?: number;
        };
        /**
         * EnvironmentWorkloadPod
         * @description A pod of a workload (`Pod` in the server's `pkg/shared/kube/resource`).
         */
        EnvironmentWorkloadPod: {
            /** @description Kind of the pod's owner, e.g. `ReplicaSet`. */
            kind?: string;
            /** @description Pod name. */
            name: string;
            /** @description Pod status, e.g. `Running`, `Pending`, `Failed`. */
            status: string;
            /** @description Age of the pod, e.g. `34d`. */
            age?: string;
            /**
             * Format: int64
             * @description Creation time, Unix seconds.
             */
            createtime?: number;
            /** @description Pod IP. */
            ip?: string;
            /** @description Pod labels. */
            labels?: {
                [key: string]: string;
            };
            /** @description Containers of the pod. */
            containers?: components["schemas"]["EnvironmentWorkloadPodContainer"][];
            /** @description Node the pod runs on. */
            node_name?: string;
            /** @description IP of that node. */
            host_ip?: string;
            /** @description Whether a debug container can be attached. */
            enable_debug_container?: boolean;
            /** @description Whether the pod is ready. */
            pod_ready?: boolean;
            /** @description Whether all containers are ready. */
            containers_ready?: boolean;
            /** @description Message about containers that are not ready. */
            containers_message?: string;
        };
        /**
         * EnvironmentWorkload
         * @description A workload of a service and its pods (`Workload` in the server's `pkg/shared/kube/resource`).
         */
        EnvironmentWorkload: {
            /** @description Workload name. */
            name: string;
            /** @description Workload kind, e.g. `Deployment`, `StatefulSet`, `Job`. */
            type: string;
            /** @description Images of the workload's containers. */
            images: components["schemas"]["EnvironmentWorkloadImage"][];
            /** @description Pods of the workload. */
            pods: components["schemas"]["EnvironmentWorkloadPod"][];
            /** @description Desired number of replicas. */
            replicas: number;
            /** @description Release type when the workload was created by a Zadig release workflow (e.g. blue-green, gray); empty otherwise. */
            zadigx_release_type?: string;
            /** @description Release tag when the workload was created by a Zadig release workflow; empty otherwise. */
            zadigx_release_tag?: string;
        };
        /**
         * EnvironmentIngressRule
         * @description A host of an ingress and its backends.
         */
        EnvironmentIngressRule: {
            /** @description Host name. */
            host: string;
            /** @description Backends of the host, by path. */
            backend?: {
                /** @description Path. */
                path?: string;
                /** @description Path type, e.g. `Prefix`. */
                path_type?: string;
                /** @description Kubernetes Service the path routes to. */
                service_name?: string;
                /** @description Port of that Service (number or name). */
                service_port?: string;
            }[];
        };
        /**
         * EnvironmentIngress
         * @description An ingress of a service (`Ingress` in the server's `pkg/shared/kube/resource`).
         */
        EnvironmentIngress: {
            /** @description Ingress name. */
            name: string;
            /** @description Ingress labels. */
            labels?: {
                [key: string]: string;
            };
            /** @description Rules of the ingress, by host. */
            host_info?: components["schemas"]["EnvironmentIngressRule"][];
            /** @description Load balancer IPs of the ingress. */
            ips?: string[];
            /** @description Age of the ingress, e.g. `3d`. */
            age?: string;
        };
        /**
         * EnvironmentK8sService
         * @description A Kubernetes Service of a service in an environment.
         */
        EnvironmentK8sService: {
            /** @description Kubernetes Service name. */
            name: string;
            /** @description Age of the Service, e.g. `119d`. */
            age?: string;
            /** @description Labels of the Service. */
            labels?: {
                [key: string]: string;
            };
            /** @description Ports of the Service. */
            endpoints: {
                /** @description Kubernetes Service name. */
                service_name?: string;
                /** @description Service port. */
                service_port?: number;
                /** @description Node port; 0 when the Service has none. */
                node_port?: number;
            }[];
        };
        /**
         * EnvironmentCronJob
         * @description A CronJob of a service (`CronJob` in the server's `pkg/shared/kube/resource`).
         */
        EnvironmentCronJob: {
            /** @description CronJob name. */
            name: string;
            /** @description Labels of the CronJob. */
            labels?: {
                [key: string]: string;
            };
            /** @description Images of the CronJob's containers. */
            images?: components["schemas"]["EnvironmentWorkloadImage"][];
            /** @description Pods of the CronJob's current jobs. */
            pods?: components["schemas"]["EnvironmentWorkloadPod"][];
            /**
             * Format: int64
             * @description Creation time, Unix seconds.
             */
            create_time?: number;
            /** @description Whether the CronJob is suspended. */
            suspend?: boolean;
            /** @description Cron schedule. */
            schedule?: string;
            /** @description When a job was last scheduled. */
            last_schedule?: string;
            /** @description Number of running jobs. */
            active?: number;
        };
        /**
         * EnvironmentServiceDetail
         * @description The Kubernetes resources of a service in an environment: its workloads with their pods, ingresses, Kubernetes services and cron jobs (`OpenAPIGetServiceResponse` in the server).
         */
        EnvironmentServiceDetail: {
            /** @description Service name. */
            service_name: string;
            /** @description Workloads (Deployments, StatefulSets, Jobs…) of the service. */
            scales: components["schemas"]["EnvironmentWorkload"][];
            /** @description Ingresses of the service. */
            ingress: components["schemas"]["EnvironmentIngress"][];
            /** @description Kubernetes Services of the service. */
            service_endpoints: components["schemas"]["EnvironmentK8sService"][];
            /** @description CronJobs of the service. */
            cron_jobs: components["schemas"]["EnvironmentCronJob"][];
            /** @description Kubernetes namespace of the environment. */
            namespace: string;
            /** @description Environment key. */
            env_name: string;
            /** @description Project key. */
            product_name: string;
            /** @description Service group name; usually empty. */
            group_name?: string;
        };
        /**
         * EnvironmentYamlServiceInput
         * @description A service of a K8s YAML project to add or update, with its variables (`YamlServiceWithKV` in the server).
         */
        EnvironmentYamlServiceInput: {
            /** @description Service name. */
            service_name?: string;
            /** @description Variables to set. Variables left out keep their current values (update) or the service's defaults (add). */
            variable_kvs?: components["schemas"]["EnvironmentServiceVariableInput"][];
        };
        /**
         * AddEnvironmentServicesRequest
         * @description Services of a K8s YAML project to add to an environment (`OpenAPIApplyYamlServiceReq` in the server). The server checks `env_key` and that every entry of `service_list` has a `service_name` (`OpenAPIApplyYamlServiceReq.Validate`, `core/environment/service/types.go`); an absent or empty `service_list` adds nothing.
         */
        AddEnvironmentServicesRequest: {
            /** @description Environment key. */
            env_key: string;
            /** @description Services to add; none of them may be in the environment already. */
            service_list?: components["schemas"]["EnvironmentYamlServiceInput"][];
        };
        /**
         * DeleteEnvironmentServicesRequest
         * @description Services to remove from an environment (`OpenAPIDeleteYamlServiceFromEnvReq` in the server). The server checks only `env_key` (`OpenAPIDeleteYamlServiceFromEnvReq.Validate`); without `service_names` nothing is deleted.
         */
        DeleteEnvironmentServicesRequest: {
            /** @description Environment key. */
            env_key: string;
            /** @description Names of the services to remove. */
            service_names?: string[];
            /** @description Whether to keep the services' Kubernetes resources in the cluster (default `false`, delete them). */
            not_delete_resource?: boolean;
        };
        /**
         * EnvironmentHelmOverrideKV
         * @description A chart value to override (`KeyValue` in the server); keys are not split on dots. Not checked by the server; a missing `value` is the empty string.
         */
        EnvironmentHelmOverrideKV: {
            /** @description Key. */
            key?: string;
            /** @description Value, of any JSON type. */
            value?: unknown;
        };
        /**
         * EnvironmentHelmValuesFromGit
         * @description A values file to import from a code repository (`OpenAPIImportValuesFromGit` in the server).
         */
        EnvironmentHelmValuesFromGit: {
            /** @description Name (alias) of the code host. */
            codehost_name?: string;
            /** @description Organization or user owning the repository. */
            namespace?: string;
            /** @description Repository name. */
            repo?: string;
            /** @description Branch. */
            branch?: string;
            /** @description Path of the values file in the repository. */
            value_path?: string;
            /** @description Whether to keep the values in sync with the file (not possible for code hosts of type `other`). */
            auto_sync?: boolean;
        };
        /**
         * EnvironmentHelmServiceInput
         * @description A service of a Helm Chart project to add to an environment (`OpenAPIHelmService` in the server). The server does not check `deploy_strategy`; absent, it is the empty strategy, which deploys (`OpenAPIAddHelmServicesToEnv`).
         */
        EnvironmentHelmServiceInput: {
            /** @description Service name. */
            service_name: string;
            deploy_strategy?: components["schemas"]["EnvironmentServiceDeployStrategy"];
            /** @description Values YAML overriding the chart's values; replaced by the file when `import_values_from_git` is set. */
            values_yaml?: string;
            /** @description Keys to override, applied over the values. */
            override_kvs?: components["schemas"]["EnvironmentHelmOverrideKV"][];
            import_values_from_git?: components["schemas"]["EnvironmentHelmValuesFromGit"];
        };
        /**
         * AddHelmEnvironmentServicesRequest
         * @description Services of a Helm Chart project to add to an environment (`OpenAPIAddHelmServicesToEnvRequest` in the server). The environment is the one named here, not the one in the path. The server reads the body with `json.Unmarshal` (its `binding` tags are not applied) and checks nothing in it before looking the environment up by `env_name`; an absent `services` updates no chart (`OpenAPIAddHelmServicesToEnv`, `core/environment/handler/openapi.go`).
         */
        AddHelmEnvironmentServicesRequest: {
            /** @description Environment key. */
            env_name: string;
            /** @description Whether the environment is a production environment. */
            production?: boolean;
            /** @description Services to add. */
            services: components["schemas"]["EnvironmentHelmServiceInput"][];
        };
        /**
         * EnvironmentUpdateStatus
         * @description The outcome of updating one environment (`EnvStatus` in the server).
         */
        EnvironmentUpdateStatus: {
            /** @description Environment key. */
            env_name?: string;
            /** @description Status of the environment after the update, e.g. `success`, `updating` or `failed`. */
            status: string;
            /** @description Error message when the update failed. */
            err_message: string;
        };
        /**
         * UpdateEnvironmentServicesRequest
         * @description Services of an environment to redeploy with new variables (`OpenAPIServiceVariablesReq` in the server).
         */
        UpdateEnvironmentServicesRequest: {
            /** @description Services to update. */
            service_list?: components["schemas"]["EnvironmentYamlServiceInput"][];
        };
        /**
         * EnvironmentConfigSummary
         * @description An environment configuration as listed (`OpenAPIEnvCfgBrief` in the server).
         */
        EnvironmentConfigSummary: {
            /** @description Name of the configuration (the Kubernetes object's name). */
            name: string;
            /** @description Environment key. */
            env_name: string;
            /** @description Project key. */
            project_name: string;
            common_env_cfg_type: components["schemas"]["EnvironmentConfigType"];
            /** @description Last updater; omitted when unknown. */
            update_by?: string;
            /**
             * Format: int64
             * @description Last update, Unix seconds; omitted when unknown.
             */
            update_time?: number;
        };
        /**
         * CreateEnvironmentConfigRequest
         * @description A new environment configuration (`OpenAPIEnvCfgArgs` in the server). The object created takes its name from the YAML's `metadata.name`; `name` must be non-empty but is not used to name it.
         */
        CreateEnvironmentConfigRequest: {
            /** @description Name of the configuration; give the YAML's `metadata.name`. */
            name: string;
            common_env_cfg_type: components["schemas"]["EnvironmentConfigType"];
            /** @description YAML of the configuration; its `kind` must match `common_env_cfg_type`. */
            yaml_data: string;
            /** @description Not in the docs: the server's `OpenAPIEnvCfgArgs.CreatedBy`. */
            created_by?: string;
            /** @description Not in the docs: the server's `OpenAPIEnvCfgArgs.CreatedTime`. */
            created_time?: number;
            /** @description Not in the docs: the server's `OpenAPIEnvCfgArgs.UpdateBy`. */
            update_by?: string;
            /** @description Not in the docs: the server's `OpenAPIEnvCfgArgs.UpdateTime`. */
            update_time?: number;
            /** @description Not in the docs: the server's `OpenAPIEnvCfgArgs.EnvName`. */
            env_key?: string;
            /** @description Not in the docs: the server's `OpenAPIEnvCfgArgs.ProductName`. */
            product_name?: string;
            /** @description Not in the docs: the server's `OpenAPIEnvCfgArgs.ServiceName`. */
            service_name?: string;
            /** @description Not in the docs: the server's `OpenAPIEnvCfgArgs.Services`. */
            services?: string[];
            /** @description The server's `CreateFromRepo`. */
            source_detail?: Record<string, never>;
            /** @description Not in the docs: the server's `OpenAPIEnvCfgArgs.RestartAssociatedSvc`. */
            restart_associated_svc?: boolean;
            /** @description Not in the docs: the server's `OpenAPIEnvCfgArgs.AutoSync`. */
            auto_sync?: boolean;
        };
        /**
         * EnvironmentConfigSource
         * @description Where an environment configuration was imported from (`CfgRepoInfo` in the server). The docs also show `auto_sync` here and `namespace` in `git_repo_config`; the server sends neither.
         */
        EnvironmentConfigSource: {
            /** @description The code repository. */
            git_repo_config?: {
                /** @description Key (alias) of the code host. */
                codehost_key?: string;
                /** @description Repository owner (organization or user). */
                owner?: string;
                /** @description Repository name. */
                repo?: string;
                /** @description Branch. */
                branch?: string;
                /** @description Paths of the files in the repository. */
                values_paths?: string[];
            } | null;
            /** @description Path of the file in the repository. */
            load_path?: string;
        };
        /**
         * EnvironmentConfigResource
         * @description An environment configuration with its YAML. Some fields are sent only for one type, as noted. The docs' example calls the project key `product_key`; the server sends `project_key`.
         */
        EnvironmentConfigResource: {
            /** @description Name of the configuration (the Kubernetes object's name). */
            name: string;
            /** @description Project key. */
            project_key: string;
            /** @description Environment key. */
            env_key: string;
            common_env_cfg_type: components["schemas"]["EnvironmentConfigType"];
            /**
             * Format: int64
             * @description Creation time, Unix seconds.
             */
            created_time?: number;
            /** @description Last updater. */
            update_by?: string;
            /** @description YAML of the configuration. */
            yaml_data?: string;
            /** @description Services that use the configuration (ConfigMap, Secret, PVC). */
            services?: string[];
            /** @description Code repository the configuration was imported from; `null` when it was entered by hand. */
            source_detail: components["schemas"]["EnvironmentConfigSource"] | null;
            /** @description Hosts of the ingress (Ingress). */
            host_info?: string;
            /** @description Address of the ingress (Ingress). */
            address?: string;
            /** @description Ports of the ingress (Ingress). */
            ports?: string;
            /** @description Why the ingress is in error (Ingress). */
            error_reason?: string;
            /** @description Status of the claim, e.g. `Bound` (PVC). */
            status?: string;
            /** @description Bound volume (PVC). */
            volume?: string;
            /** @description Access modes (PVC). */
            access_modes?: string;
            /** @description Storage class (PVC). */
            storage_class?: string;
            /** @description Capacity (PVC). */
            capacity?: string;
            /** @description Not in the docs: the server's `OpenAPIEnvCfgIngressDetail.CreatedBy`. */
            created_by?: string;
            /** @description Not in the docs: the server's `OpenAPIEnvCfgIngressDetail.UpdateTime`. */
            update_time?: number;
            /** @description Not in the docs: the server's `OpenAPIEnvCfgSecretDetail.SecretType`. */
            secret_type?: string;
            /** @description Not in the docs: the server's `OpenAPIEnvCfgConfigMapDetail.Immutable`. */
            immutable?: boolean;
            /** @description Not in the docs: the server's `OpenAPIEnvCfgConfigMapDetail.CmData`. */
            cm_data?: {
                [key: string]: string;
            };
        };
        /**
         * EnvironmentConfigDetail
         * @description An environment configuration (`OpenAPIEnvCfgDetail` in the server). Exactly one key is present, named after the configuration's type.
         */
        EnvironmentConfigDetail: {
            configMap_detail?: components["schemas"]["EnvironmentConfigResource"] | null;
            /** @description A Secret; its `yaml_data` is the Secret's manifest with its data, so it is a secret itself. */
            secret_detail?: ({
                yaml_data?: unknown;
            } & components["schemas"]["EnvironmentConfigResource"]) | null;
            ingress_detail?: components["schemas"]["EnvironmentConfigResource"] | null;
            pvc_detail?: components["schemas"]["EnvironmentConfigResource"] | null;
        };
        /**
         * UpdateEnvironmentConfigRequest
         * @description New content of an environment configuration (`OpenAPIEnvCfgArgs` in the server). Services that use the configuration are restarted.
         */
        UpdateEnvironmentConfigRequest: {
            /** @description Name of the configuration; must equal the YAML's `metadata.name`. */
            name: string;
            /** @description Environment key. */
            env_key: string;
            common_env_cfg_type: components["schemas"]["EnvironmentConfigType"];
            /** @description YAML of the configuration; its `kind` must match `common_env_cfg_type`. */
            yaml_data: string;
            /** @description Not in the docs: the server's `OpenAPIEnvCfgArgs.CreatedBy`. */
            created_by?: string;
            /** @description Not in the docs: the server's `OpenAPIEnvCfgArgs.CreatedTime`. */
            created_time?: number;
            /** @description Not in the docs: the server's `OpenAPIEnvCfgArgs.UpdateBy`. */
            update_by?: string;
            /** @description Not in the docs: the server's `OpenAPIEnvCfgArgs.UpdateTime`. */
            update_time?: number;
            /** @description Not in the docs: the server's `OpenAPIEnvCfgArgs.ProductName`. */
            product_name?: string;
            /** @description Not in the docs: the server's `OpenAPIEnvCfgArgs.ServiceName`. */
            service_name?: string;
            /** @description Not in the docs: the server's `OpenAPIEnvCfgArgs.Services`. */
            services?: string[];
            /** @description The server's `CreateFromRepo`. */
            source_detail?: Record<string, never>;
            /** @description Not in the docs: the server's `OpenAPIEnvCfgArgs.RestartAssociatedSvc`. */
            restart_associated_svc?: boolean;
            /** @description Not in the docs: the server's `OpenAPIEnvCfgArgs.AutoSync`. */
            auto_sync?: boolean;
        };
        /**
         * UpdateEnvironmentGlobalVariablesRequest
         * @description The environment's global variables (`OpenAPIEnvGlobalVariables` in the server). The list replaces the environment's: variables left out are removed (refused while services use them), new keys must be global variables of the project, and `type`, `desc`, `options` and `related_services` are stored as sent. Send the variables as `getEnvironmentGlobalVariables` returns them, with new values; `related_services` of a new variable must be empty.
         */
        UpdateEnvironmentGlobalVariablesRequest: {
            /** @description All global variables of the environment. */
            global_variables?: components["schemas"]["EnvironmentGlobalVariable"][];
        };
        /**
         * EnvironmentKubeEvent
         * @description A Kubernetes event about one object of an environment (`OpenAPIListKubeEventResponse` in the server). Every field is left out when empty.
         */
        EnvironmentKubeEvent: {
            /** @description Short, machine-readable reason, e.g. `ScalingReplicaSet`, `BackOff`. */
            reason?: string;
            /** @description Human-readable description of the event. */
            message?: string;
            /**
             * Format: int64
             * @description When the event was first recorded, Unix seconds.
             */
            first_seen?: number;
            /**
             * Format: int64
             * @description When the event was last recorded, Unix seconds.
             */
            last_seen?: number;
            /** @description How many times the event occurred. */
            count?: number;
            /**
             * @description Event type (Kubernetes may add more).
             * @example Normal
             * @example Warning
             */
            type?: string;
        };
        /**
         * EnvironmentKubeEventList
         * @description The events whose involved object has the requested name and kind, in the order the cluster lists them. The docs wrap the array in braces (`{ [ … ] }`), which is not JSON; the server sends a bare array.
         */
        EnvironmentKubeEventList: components["schemas"]["EnvironmentKubeEvent"][];
        /**
         * EnvironmentScaleRequest
         * @description Which workload of which service to scale, and to how many replicas (`OpenAPIScaleServiceReq`). Only test environments can be scaled this way.
         */
        EnvironmentScaleRequest: {
            /** @description Project key. */
            project_key: string;
            /** @description Environment name (the docs call it "Environment Name"; the field is `env_key`). */
            env_key: string;
            /** @description Service the workload belongs to. Not in the docs, but the server rejects a request without it and, in K8s YAML projects, checks that the workload belongs to this service. */
            service_name: string;
            /** @description Name of the workload (Deployment, StatefulSet or CloneSet). */
            workload_name: string;
            /**
             * @description Kind of the workload. The docs list `Deployment` and `StatefulSet`; the server also accepts `CloneSet`.
             * @enum {string}
             */
            workload_type: "Deployment" | "StatefulSet" | "CloneSet";
            /** @description Replica count to set. `0` stops the workload; leaving the field out also sends 0. In K8s YAML projects the server also writes the count back to the service variable or global variable that sets it. */
            target_replicas: number;
        };
        /**
         * ServicePodSummary
         * @description A Pod of a service in an environment (`OpenAPIServicePodInfo`).
         */
        ServicePodSummary: {
            /** @description Pod name; pass it to `restartEnvironmentPod`. */
            pod_name: string;
            /** @description Pod status as Zadig shows it, e.g. `Running`, `Pending`, `Failed`. */
            status: string;
            /** @description Whether the Pod is ready. */
            pod_ready: boolean;
            /** @description Whether all its containers are ready. */
            containers_ready: boolean;
            /**
             * Format: int64
             * @description Creation time, Unix seconds.
             */
            create_time: number;
            /** @description Pod IP address. */
            ip: string;
            /** @description Images of the Pod's containers. */
            images: string[];
            /** @description Name of the workload that owns the Pod. */
            workload_name: string;
            /** @description Kind of that workload, e.g. `Deployment`, `StatefulSet`. */
            workload_type: string;
        };
        /**
         * ServicePodList
         * @description The Pods of a service's workloads in an environment (`OpenAPIListServicePodsResponse`).
         */
        ServicePodList: {
            /** @description Service name. */
            service_name: string;
            /** @description Pods of the service, each once. */
            pods: components["schemas"]["ServicePodSummary"][];
        };
        /**
         * ImageUpdateRequest
         * @description The container whose image to replace (`OpenAPIUpdateContainerImageArgs`). The workload kind comes from the path. Only test environments are updated: the server looks the environment up as a non-production one.
         */
        ImageUpdateRequest: {
            /** @description Project key. */
            product_name?: string;
            /** @description Environment name; this, not the path segment, selects the environment. */
            env_name?: string;
            /** @description Service the workload belongs to. Needed in K8s YAML projects: the server records the new image on this service and fails if it is not in the environment; in Helm projects the service is derived from the workload and this field is ignored (`UpdateContainerImage`, `core/environment/service/image.go`). */
            service_name?: string;
            /** @description Name of the workload (Deployment, StatefulSet, CronJob or Job, after the path). */
            name: string;
            /** @description Name of the container in the workload. */
            container_name: string;
            /** @description The new, full image address, with tag. */
            image?: string;
            /** @description Not in the docs: the server's `OpenAPIUpdateContainerImageArgs.Type`. */
            type?: string;
        };
        /**
         * SubEnvironmentWorkloadList
         * @description The Deployments and StatefulSets of the environment's namespace that no Kubernetes Service selects, as `<workload name>.<kind>`. Sub environments need every workload to have a Service; an empty list means none is missing.
         */
        SubEnvironmentWorkloadList: string[];
        /**
         * SubEnvironmentReadinessChecks
         * @description The individual checks behind `SubEnvironmentReadiness.is_ready`.
         */
        SubEnvironmentReadinessChecks: {
            /** @description Whether the namespace has the label `istio-injection=enabled`. */
            namespace_has_istio_label: boolean;
            /** @description Whether the Istio VirtualServices Zadig manages are deployed. */
            virtualservice_deployed: boolean;
            /** @description Whether every Pod has the `istio-proxy` sidecar. */
            pods_have_istio_proxy: boolean;
            /** @description Whether every Pod is ready. */
            workloads_ready: boolean;
            /** @description Whether every Deployment and StatefulSet has a Kubernetes Service (informational; not part of `is_ready`). */
            workloads_have_k8s_service: boolean;
        };
        /**
         * SubEnvironmentReadiness
         * @description Whether enabling or disabling sub environments has taken effect (`OpenAPIShareEnvReadyResponse`). For `enable`: workloads ready, namespace labelled, VirtualServices deployed and every Pod with `istio-proxy`. For `disable`: workloads ready and none of the three Istio conditions left.
         */
        SubEnvironmentReadiness: {
            /** @description Whether the operation has taken effect. */
            is_ready: boolean;
            checks: components["schemas"]["SubEnvironmentReadinessChecks"];
        };
        /**
         * SubEnvironmentPortalServer
         * @description One server of an entry service: a host and port the Istio ingress gateway accepts for the service (`OpenAPISetPortalServiceRequest`).
         */
        SubEnvironmentPortalServer: {
            /** @description Host name the gateway accepts, a domain name or an IP address. */
            host?: string;
            /** @description Port number (uint32 in the server). */
            port_number: number;
            /**
             * @description Port protocol of the Istio Gateway server, usually `HTTP`.
             * @example HTTP
             */
            port_protocol?: string;
        };
        /**
         * SubEnvironmentPortalService
         * @description The entry service of a service in a base environment (`OpenAPIGetPortalServiceResponse`): the address of the Istio ingress gateway and the servers configured for the service.
         */
        SubEnvironmentPortalService: {
            /** @description IP address or host name of the load balancer of `istio-ingressgateway` in `istio-system`. */
            default_gateway_address: string;
            /** @description Servers of the service's Istio Gateway; empty when none is configured. */
            servers: components["schemas"]["SubEnvironmentPortalServer"][];
        };
        /**
         * SubEnvironmentPortalServerList
         * @description The servers to expose the service on. An empty array removes the entry service (its Istio Gateway and the ingress-gateway ports Zadig added).
         */
        SubEnvironmentPortalServerList: components["schemas"]["SubEnvironmentPortalServer"][];
        /**
         * ServiceContainerBrief
         * @description A service component (container) as listed (`ContainerBrief` in the server).
         */
        ServiceContainerBrief: {
            /** @description Service component (container) name. */
            name: string;
            /** @description Full image of the component. */
            image: string;
            /** @description Image name of the component. */
            image_name: string;
        };
        /**
         * ServiceBrief
         * @description A service as listed (`OpenAPIServiceBrief` in the server). The docs' table has no `source`; the server sends it.
         */
        ServiceBrief: {
            /** @description Service name. */
            service_name: string;
            /** @description Where the service's configuration comes from: `spock` (entered in Zadig), `template` (a K8s YAML template), `gitlab`, `github`, `gerrit`, `gitee`, `gitee-enterprise`, `other` (a code repository), or for Helm services `chartTemplate`, `publicRepo`, `chartRepo`, `repo`. */
            source: string;
            /** @description Service type. The docs give the fixed value `k8s`; the server lists every service of the project with its own type (`k8s` in K8s YAML projects, `helm` in Helm Chart projects, `pm` in host projects). */
            type: string;
            /** @description Service components (containers) found in the service's configuration. */
            containers: components["schemas"]["ServiceContainerBrief"][];
        };
        /**
         * ServiceImagePath
         * @description Where a Helm chart's values hold a container's image (`ImagePathSpec` in the server), as dotted keys such as `image.repository`. Only sent when set; K8s YAML services normally have none.
         */
        ServiceImagePath: {
            /** @description Key of the image repository. */
            repo?: string;
            /** @description Key of the image namespace. */
            namespace?: string;
            /** @description Key of the image name. */
            image?: string;
            /** @description Key of the image tag. */
            tag?: string;
        };
        /**
         * ServiceContainer
         * @description A service component (container) in the service details (`Container` in the server's models). The docs list `name`, `image` and `image_name`; the server also sends `type`, and `image_path` when it is set.
         */
        ServiceContainer: {
            /** @description Service component (container) name. */
            name: string;
            /**
             * @description Container kind; empty for an ordinary container, `init` for an init container.
             * @enum {string}
             */
            type: "" | "init";
            /** @description Full image of the component. */
            image: string;
            /** @description Image name of the component (left out when empty). */
            image_name?: string;
            image_path?: components["schemas"]["ServiceImagePath"] | null;
        };
        /**
         * ServiceDetail
         * @description A K8s YAML service with its configuration and variables (`OpenAPIGetYamlServiceResp` in the server). The docs' table and example have no `source` and `template_name`; the server sends both.
         */
        ServiceDetail: {
            /** @description Service name. */
            service_name: string;
            /** @description Where the configuration comes from: `spock` (entered in Zadig), `template` (a K8s YAML template), or a code source type (`gitlab`, `github`, `gerrit`, `gitee`, `gitee-enterprise`, `other`). */
            source: string;
            /** @description Service type; `k8s`. */
            type: string;
            /** @description Name of the K8s YAML template the service was created from; empty when not from a template. */
            template_name: string;
            /** @description Creator. */
            created_by: string;
            /**
             * Format: int64
             * @description Creation (last revision) time, Unix seconds.
             */
            created_time: number;
            /** @description The service's YAML configuration, with `{{.variable}}` placeholders for its variables. */
            yaml: string;
            /** @description Service components (containers) found in the YAML. */
            containers: components["schemas"]["ServiceContainer"][] | null;
            /** @description Service variables; `null` when the service has none. */
            service_variable_kvs: components["schemas"]["ServiceVariableKV"][] | null;
        };
        /**
         * UpdateServiceConfigRequest
         * @description New YAML for a K8s YAML service (`OpenAPIUpdateServiceConfigArgs` in the server); the server rejects an empty `type` or `yaml`. The service keeps its variables.
         */
        UpdateServiceConfigRequest: {
            /**
             * @description Service type; `k8s`.
             * @enum {string}
             */
            type: "k8s";
            /** @description The service's new YAML. */
            yaml: string;
            /** @description Not in the docs: the server's `OpenAPIUpdateServiceConfigArgs.ProjectName`. */
            project_name?: string;
            /** @description Not in the docs: the server's `OpenAPIUpdateServiceConfigArgs.ServiceName`. */
            service_name?: string;
        };
        /**
         * ServiceLabel
         * @description A label bound to a service (`ServiceLabelResp` in the server).
         */
        ServiceLabel: {
            /** @description Label key (from the system's label settings). */
            key: string;
            /** @description Label value for this service. */
            value: string;
            /** @description Not in the docs: the server's `ServiceLabelResp.ID`. */
            id?: string;
            /** @description Not in the docs: the server's `ServiceLabelResp.LabelID`. */
            label_id?: string;
        };
        /**
         * UpdateServiceVariablesRequest
         * @description New values for a service's variables (`OpenAPIUpdateServiceVariableRequest` in the server). Only variables whose key the service already has are changed; their `value`, `type`, `options` and `desc` are all replaced. Other keys are ignored.
         */
        UpdateServiceVariablesRequest: {
            /** @description Variables to change. */
            service_variable_kvs: components["schemas"]["ServiceVariableKV"][];
        };
        /**
         * CreateServiceFromYamlRequest
         * @description A new K8s YAML service from YAML entered by hand (`OpenAPICreateYamlServiceReq` in the server).
         */
        CreateServiceFromYamlRequest: {
            /** @description Service name. */
            service_name: string;
            /** @description The service's YAML, with `{{.key}}` placeholders for its variables. */
            yaml: string;
            /** @description The service's variables and their defaults. */
            variable_yaml?: components["schemas"]["ServiceVariableKV"][];
            /** @description Not in the docs. `createProductionServiceFromYaml` forces it to `true`; `createServiceFromYaml` honours it and creates a production service when it is `true` (checking only the test-service permission). Leave it out on `createServiceFromYaml`. */
            production?: boolean;
        };
        /**
         * ServiceTemplateVariableInput
         * @description A value for a variable of a K8s YAML or chart template (`KeyValue` in the server's `util.KVInput`; `KeyVal` in the docs). The server does not check `value`; an absent one is null (the merge keeps the key with no value).
         */
        ServiceTemplateVariableInput: {
            /** @description Variable key. */
            key?: string;
            /** @description Variable value; any JSON type (the docs say to give nested values as JSON). */
            value?: unknown;
        };
        /**
         * CreateServiceFromTemplateRequest
         * @description A new K8s YAML service made from a K8s YAML template (`OpenAPILoadServiceFromYamlTemplateReq` in the server). The server rejects an empty `service_name`, `project_key` or `template_name`.
         */
        CreateServiceFromTemplateRequest: {
            /** @description Service name. */
            service_name: string;
            /** @description Project key. */
            project_key: string;
            /** @description Name of the K8s YAML template in the template library. */
            template_name: string;
            /** @description Whether the service follows later changes of the template (it then cannot be edited directly). */
            auto_sync?: boolean;
            /** @description Values for the template's variables; variables left out keep the template's defaults. */
            variable_yaml?: components["schemas"]["ServiceTemplateVariableInput"][];
            /** @description Ignored: the route decides (`createServiceFromTemplate` creates a test service, `createProductionServiceFromTemplate` a production service). Shown in the docs' production example. */
            production?: boolean;
        };
        /**
         * CreateHelmServiceFromTemplateRequest
         * @description A new Helm service made from a chart template (`OpenAPILoadHelmServiceFromTemplateReq` in the server). The server takes the project from the `projectKey` query parameter and ignores `project_key`; it does not check the body's fields before creating the service.
         */
        CreateHelmServiceFromTemplateRequest: {
            /** @description Project key. Required (the server's `binding:"required"` rejects a body without it), but its value is not used: the server takes the `projectKey` query. */
            project_key: string;
            /** @description Service name; must be lowercase. */
            service_name: string;
            /** @description Whether to create a production service (default `false`). */
            production?: boolean;
            /** @description Name of the chart template (see `listChartTemplates`). */
            template_name: string;
            /** @description Values YAML to merge over the template's default values. */
            values_yaml?: string;
            /** @description Values for the template's variables. The server turns each value into text with Go's `%v`, so numbers and booleans work but nested objects do not. */
            variables?: components["schemas"]["ServiceTemplateVariableInput"][];
            /** @description Whether the service follows later changes of the template. */
            auto_sync?: boolean;
        };
        /**
         * ServiceLoadPath
         * @description A service to load from a code repository (`LoadServicePath` in the server).
         */
        ServiceLoadPath: {
            /** @description Service name. */
            service_name: string;
            /** @description Path of the YAML file or directory, relative to the repository root; may be empty when `is_dir` is `true` (the repository root). */
            path?: string;
            /** @description `true` loads every YAML file in the directory `path`; `false` (default) loads the single file `path`. */
            is_dir?: boolean;
        };
        /**
         * CreateServiceFromRepoRequest
         * @description K8s YAML services to load from a code repository (`OpenAPILoadServiceFromCodeHostReq` in the server); the repository itself is given in the query. The server rejects an empty `product_name` or `service_paths`.
         */
        CreateServiceFromRepoRequest: {
            /** @description Project key. */
            product_name: string;
            /** @description Services to create, each from a file or directory of the repository. */
            service_paths: components["schemas"]["ServiceLoadPath"][];
        };
        /**
         * HelmServiceSource
         * @description Where a new Helm service's chart comes from: `repo` (an integrated GitHub, GitLab or `other` Git code source), `gerrit`, `gitee`, `gitee-enterprise` (integrated code sources of those kinds), `publicRepo` (a public GitHub repository) or `chartRepo` (an integrated chart repository).
         * @enum {string}
         */
        HelmServiceSource: "repo" | "gerrit" | "gitee" | "gitee-enterprise" | "publicRepo" | "chartRepo";
        /**
         * HelmServiceCreateFromRepo
         * @description Chart location in an integrated code source, for sources `repo`, `gerrit`, `gitee` and `gitee-enterprise` (`OpenAPICreateFromRepo` in the server). One service is created per path, named after its `Chart.yaml`.
         */
        HelmServiceCreateFromRepo: {
            /** @description Name (alias) of the integrated code source. Needed by main, which looks the code source up by it (`GetSystemCodeHostByAlias` in `core/service/service/openapi.go`); Zadig v5.0.0 ignores it and needs `codehostID` instead. */
            codehostName?: string;
            /** @description ID of the integrated code source. Needed by Zadig v5.0.0 (`OpenAPICreateFromRepo.CodehostID`); main ignores it and needs `codehostName`. Send both to work with either. */
            codehostID?: number;
            /** @description Repository owner or organization. */
            owner: string;
            /** @description Repository namespace, for multi-level GitLab groups; empty means `owner`. */
            namespace?: string;
            /** @description Repository name. */
            repo: string;
            /** @description Branch name. */
            branch: string;
            /** @description Chart directories in the repository. */
            paths: string[];
        };
        /**
         * HelmServiceCreateFromPublicRepo
         * @description Chart location in a public GitHub repository, for source `publicRepo` (`OpenAPICreateFromPublicRepo` in the server). One service is created per path, named after its `Chart.yaml`.
         */
        HelmServiceCreateFromPublicRepo: {
            /** @description URL of the public repository. */
            repoLink: string;
            /** @description Chart directories in the repository. */
            paths: string[];
        };
        /**
         * HelmServiceCreateFromChartRepo
         * @description A chart in an integrated chart repository, for source `chartRepo` (`OpenAPICreateFromChartRepo` in the server). The service is named after the chart.
         */
        HelmServiceCreateFromChartRepo: {
            /** @description Name of the integrated chart repository. */
            chartRepoName: string;
            /** @description Chart name; also the service name. */
            chartName: string;
            /** @description Chart version constraint; empty lets Helm pick an available version. */
            chartVersion?: string;
        };
        /**
         * CreateHelmServiceRequest
         * @description New Helm services from a code repository, a public repository or a chart repository (`OpenAPILoadHelmServiceReq` in the server). The shape of `createFrom` depends on `source`.
         */
        CreateHelmServiceRequest: {
            source: components["schemas"]["HelmServiceSource"];
            /** @description Not in the docs, and not used for these sources: services are named after their `Chart.yaml`, or after `chartName` for `chartRepo`. */
            name?: string;
            /** @description Whether to create production services (default `false`). */
            production?: boolean;
            /** @description Where the charts are; the schema follows `source`. */
            createFrom?: components["schemas"]["HelmServiceCreateFromRepo"] | components["schemas"]["HelmServiceCreateFromPublicRepo"] | components["schemas"]["HelmServiceCreateFromChartRepo"];
        };
        /**
         * FailedHelmService
         * @description A chart that could not be turned into a service (`OpenAPIFailedHelmService` in the server).
         */
        FailedHelmService: {
            /** @description Chart path that failed. */
            path: string;
            /** @description Why it failed. */
            error: string;
        };
        /**
         * CreateHelmServiceResult
         * @description Outcome of creating Helm services, chart by chart (`OpenAPILoadHelmServiceResp` in the server).
         */
        CreateHelmServiceResult: {
            /** @description Names of the services created. */
            successServices: string[] | null;
            /** @description Charts that failed, with the reason. */
            failedServices: components["schemas"]["FailedHelmService"][];
        };
        /**
         * ChartTemplateSystemVariable
         * @description A system variable chart templates can use (`OpenAPIChartVariable` in the server).
         */
        ChartTemplateSystemVariable: {
            /** @description Variable, e.g. `$T-Project$` (project name) or `$T-Service$` (service name). */
            key: string;
            /** @description What the variable stands for (left out when empty). */
            description?: string;
        };
        /**
         * ChartTemplate
         * @description A chart template of the template library and where its chart lives (`OpenAPIChartTemplate` in the server).
         */
        ChartTemplate: {
            /** @description Template name. */
            name: string;
            /** @description ID of the code source holding the chart. */
            codehost_id: number;
            /** @description Repository owner or organization. */
            owner: string;
            /** @description Repository namespace (the owner unless set). */
            namespace: string;
            /** @description Repository name. */
            repo: string;
            /** @description Chart directory in the repository. */
            path: string;
            /** @description Branch. */
            branch: string;
        };
        /**
         * ChartTemplateList
         * @description The chart templates and the system variables they may use (`OpenAPIListChartTemplatesResponse` in the server).
         */
        ChartTemplateList: {
            /** @description System variables, sorted by key. */
            system_variables: components["schemas"]["ChartTemplateSystemVariable"][];
            /** @description Chart templates. */
            chart_templates: components["schemas"]["ChartTemplate"][];
        };
        /**
         * BuildSource
         * @description How a build runs: `zadig` (Zadig build) or `jenkins` (Jenkins build). `""` (the zero value) for builds stored without a source (Zadig builds).
         * @enum {string}
         */
        BuildSource: "" | "zadig" | "jenkins";
        /**
         * BuildServiceModule
         * @description A service component a build builds (`ServiceWithModule` in the server). Not checked when a build is saved; the server always sends both.
         */
        BuildServiceModule: {
            /** @description Service name. */
            service_name?: string;
            /** @description Service component (container) name. */
            service_module?: string;
        };
        /**
         * BuildSummary
         * @description A build as listed (`OpenAPIBuildBrief` in the server).
         */
        BuildSummary: {
            /** @description Build name. */
            name: string;
            /** @description Project key. */
            project_key: string;
            source: components["schemas"]["BuildSource"];
            /** @description Last updater. */
            update_by: string;
            /**
             * Format: int64
             * @description Last update, Unix seconds.
             */
            update_time: number;
            /** @description Service components the build builds. */
            target_services: components["schemas"]["BuildServiceModule"][];
        };
        /**
         * BuildList
         * @description One page of builds (`OpenAPIBuildListResp` in the server).
         */
        BuildList: {
            /** @description Number of builds in the project. */
            total: number;
            /** @description Builds on this page. */
            builds: components["schemas"]["BuildSummary"][];
        };
        /**
         * BuildInstall
         * @description A software package installed before the build (`OpenAPIToolItem` / `Item` in the server). Not checked when the build is saved (`ToBuildInstalls` copies the entries); a package that does not exist fails the build when it runs.
         */
        BuildInstall: {
            /** @description Package name, e.g. `go`. */
            name?: string;
            /** @description Package version, e.g. `1.20.7`. */
            version?: string;
        };
        /**
         * BuildRepoInfo
         * @description A code repository of a build (`OpenAPIRepoInput` in the server). The code source is found by `codehost_name`; pull requests and Perforce are not supported in builds. The server looks the code source up by `codehost_name` and fails when there is none of that name (`ToBuildRepository`); the other fields are copied without checks.
         */
        BuildRepoInfo: {
            /** @description Code source identifier (the code host's alias in Zadig). */
            codehost_name?: string;
            /** @description Repository namespace (organization or user). */
            repo_namespace?: string;
            /** @description Repository name. */
            repo_name?: string;
            /** @description Branch. */
            branch?: string;
            /** @description Git remote name, usually `origin`. Not in the docs; the server stores it as given (empty when left out). */
            remote_name?: string;
            /** @description Directory to clone into. Not in the docs. */
            checkout_path?: string;
            /** @description Whether to clone submodules. Not in the docs. */
            submodules?: boolean;
            /** @description Whether to build a specific commit. Not in the docs. */
            enable_commit?: boolean;
            /** @description Commit to build when `enable_commit` is true. Not in the docs. */
            commit_id?: string;
            /** @description Not in the docs: the server's `OpenAPIRepoInput.PR`. */
            pr?: number;
            /** @description Not in the docs: the server's `OpenAPIRepoInput.PRs`. */
            prs?: number[];
            /** @description Not in the docs: the server's `OpenAPIRepoInput.Stream`. */
            stream?: string;
            /** @description Not in the docs: the server's `OpenAPIRepoInput.ViewMapping`. */
            view_mapping?: string;
            /** @description Not in the docs: the server's `OpenAPIRepoInput.ChangelistID`. */
            changelist_id?: number;
            /** @description Not in the docs: the server's `OpenAPIRepoInput.ShelveID`. */
            shelve_id?: number;
        };
        /**
         * BuildParameterType
         * @description Type of a build variable (`ParameterSettingType` in the server). `""` (the zero value) for parameters stored without a type (treated as strings).
         * @enum {string}
         */
        BuildParameterType: "" | "string" | "choice" | "multi-select" | "image" | "script" | "file";
        /**
         * BuildParameter
         * @description A custom variable of a build (`ParameterSetting` in the server). Not checked by the server (`ToKeyValList` copies the entries); a missing `default_value` is the empty string.
         */
        BuildParameter: {
            /** @description Variable key. */
            key?: string;
            type?: components["schemas"]["BuildParameterType"];
            /** @description Default value. */
            default_value?: string;
            /** @description Allowed values (types `choice` and `multi-select`). */
            choice_option?: string[];
            /** @description Selected values (type `multi-select`). */
            choice_value?: string[];
            /** @description Whether the value is sensitive. */
            is_credential?: boolean;
            /** @description Description. */
            description?: string;
        };
        /**
         * BuildDockerBuildStep
         * @description The image build step of a build (`OpenAPIDockerBuildStep` in the server). The docs' table gives the type as a list; it is a single object (as in the docs' example). The server checks `dockerfile_source` (`local` or `template`, otherwise an error; a `template` must exist) in `core/build/service/openapi.go`; `build_context_dir` is not checked (empty: the working directory).
         */
        BuildDockerBuildStep: {
            /**
             * @description Where the Dockerfile comes from: `local` (the code repository) or `template` (a Dockerfile template).
             * @enum {string}
             */
            dockerfile_source: "local" | "template";
            /** @description Build context directory. */
            build_context_dir?: string;
            /** @description Absolute path of the Dockerfile (source `local`). */
            dockerfile_directory?: string;
            /** @description Build arguments, e.g. `--build-arg service=$SERVICE`. */
            build_args?: string;
            /** @description Dockerfile template name (source `template`); it must exist. */
            template_name?: string;
            /** @description Whether to build with BuildKit. The docs' table says string; it is a boolean. */
            enable_buildkit?: boolean;
            /** @description BuildKit target platforms, e.g. `linux/amd64`. */
            platforms?: string;
        };
        /**
         * BuildResourceSpec
         * @description Resource requests and limits of a build (`RequestSpec` in the server); CPU in millicores, memory in Mi.
         */
        BuildResourceSpec: {
            /** @description CPU request, millicores. */
            cpu_req?: number;
            /** @description CPU limit, millicores. */
            cpu_limit?: number;
            /** @description Memory request, Mi. */
            memory_req?: number;
            /** @description Memory limit, Mi. */
            memory_limit?: number;
            /** @description GPU limit, e.g. `nvidia.com/gpu: 1`. */
            gpu_limit?: string;
        };
        /**
         * BuildCacheSetting
         * @description Workspace cache of a build (`OpenAPICacheSetting` in the server).
         */
        BuildCacheSetting: {
            /** @description Whether to cache a user-defined directory. */
            enabled?: boolean;
            /** @description Directory to cache, e.g. `$WORKSPACE`. */
            cache_dir?: string;
        };
        /**
         * BuildStorageProperty
         * @description A volume mounted into a build (`NFSProperties` in the server).
         */
        BuildStorageProperty: {
            /**
             * @description `dynamic` (a new volume of `storage_class`) or `static` (the existing claim `pvc`).
             * @enum {string}
             */
            provision_type?: "" | "dynamic" | "static";
            /** @description Storage class (provision type `dynamic`). */
            storage_class?: string;
            /** @description Volume size in GiB (provision type `dynamic`). */
            storage_size_in_gib?: number;
            /** @description Persistent volume claim name (provision type `static`). */
            pvc?: string;
            /**
             * @description Access mode; `ReadWriteMany` when left out.
             * @enum {string}
             */
            access_mode?: "" | "ReadWriteOnce" | "ReadOnlyMany" | "ReadWriteMany" | "ReadWriteOncePod";
            /** @description Sub-path of the volume. */
            subpath?: string;
            /** @description Mount path. */
            mount_path?: string;
            /** @description Whether the volume is temporary. */
            is_temporary?: boolean;
        };
        /**
         * BuildStorages
         * @description Volumes mounted into a build (`OpenAPIStorages` in the server). `enabled` is false when absent (not checked).
         */
        BuildStorages: {
            /** @description Whether to mount volumes. */
            enabled?: boolean;
            /** @description The volumes. */
            storages_properties?: components["schemas"]["BuildStorageProperty"][];
        };
        /**
         * BuildKeyValue
         * @description A key and a value, for pod annotations and labels (`KeyValue` in the server). The server does not check `value`; a missing one is the empty string.
         */
        BuildKeyValue: {
            /** @description Key. */
            key?: string;
            /** @description Value (usually a string). */
            value?: unknown;
        };
        /**
         * BuildAdvancedSettings
         * @description Advanced settings of a build (`OpenAPIAdvancedSetting` in the server). The docs' table gives the type as a list; it is a single object. When a plain build leaves it out, the build runs on the local cluster with the default strategy, 1000m CPU and 512Mi memory limits, and a 60-minute timeout.
         */
        BuildAdvancedSettings: {
            /** @description Cluster to run in; it must exist. */
            cluster_name?: string;
            /** @description Scheduling strategy of the cluster. */
            strategy_name?: string;
            /** @description Build timeout, in minutes. */
            timeout?: number;
            resource_spec?: components["schemas"]["BuildResourceSpec"];
            /** @description Whether to use the host's Docker daemon. */
            use_host_docker_daemon?: boolean;
            /** @description Whether to run in privileged mode. Details always send `false`. */
            privileged_mode?: boolean;
            cache_setting?: components["schemas"]["BuildCacheSetting"] | null;
            /** @description Volumes to mount; `null` in details. */
            storages?: components["schemas"]["BuildStorages"] | null;
            /** @description Annotations for the build's pods. */
            custom_annotations?: components["schemas"]["BuildKeyValue"][];
            /** @description Labels for the build's pods. */
            custom_labels?: components["schemas"]["BuildKeyValue"][];
            /** @description Names of output variables, added to `IMAGE` and `PKG_FILE`. */
            outputs?: string[];
        };
        /**
         * BuildRequest
         * @description A plain build, for `createBuild` and `updateBuild` (`OpenAPIBuildCreationReq` in the server). The server rejects a body missing `name`, `project_key`, `infrastructure`, `build_os` or `script_type` with 400. The server checks `name`, `project_key`, `infrastructure`, `build_os` and `script_type` (`binding:"required"` on `OpenAPIBuildCreationReq`, `core/build/service/types.go`); `build_os` must name an existing base image and `advanced_settings.cluster_name` an existing cluster.
         */
        BuildRequest: {
            /** @description Build name; with `updateBuild`, the build to update. */
            name: string;
            /** @description Project key. */
            project_key: string;
            /**
             * @description Where the build runs: `kubernetes` (a Kubernetes cluster) or `vm` (hosts).
             * @enum {string}
             */
            infrastructure: "kubernetes" | "vm";
            /** @description Name of the build OS image, e.g. `ubuntu 20.04`, as configured under System Settings › Build Images; it must exist. */
            build_os: string;
            /** @description Software packages to install. The docs' table gives the type as string; it is a list. */
            installs?: components["schemas"]["BuildInstall"][];
            /**
             * @description Script type.
             * @enum {string}
             */
            script_type: "shell" | "batch_file" | "powershell";
            /** @description The build script. The docs' table describes it as "Build operating system". */
            build_script?: string;
            /** @description Code repositories. */
            repo_info?: components["schemas"]["BuildRepoInfo"][];
            /** @description Custom variables. */
            parameters?: components["schemas"]["BuildParameter"][];
            /** @description Service components the build builds. The docs mark it required; the server does not. */
            services?: components["schemas"]["BuildServiceModule"][];
            docker_build_step?: components["schemas"]["BuildDockerBuildStep"];
            advanced_settings?: components["schemas"]["BuildAdvancedSettings"];
        };
        /**
         * BuildInput
         * @description A variable value of a template build (`KV` in the server's `pkg/types`). The server does not check `value`; a missing one is the empty string.
         */
        BuildInput: {
            /** @description Variable key. */
            key?: string;
            /** @description Variable value. */
            value?: string;
            /** @description Variable type (`string`, `choice`, …). Not in the docs. */
            type?: string;
            /** @description Whether the value is sensitive. Not in the docs. */
            is_credential?: boolean;
            /** @description Not in the docs: the server's `KV.FileID`. */
            file_id?: string;
            /** @description Not in the docs: the server's `KV.FileName`. */
            file_name?: string;
            /** @description Not in the docs: the server's `KV.FilePath`. */
            file_path?: string;
        };
        /**
         * BuildTargetServiceInput
         * @description A service component of a template build (`OpenAPIServiceBuildArgs` in the server).
         */
        BuildTargetServiceInput: {
            /** @description Service name. */
            service_name?: string;
            /** @description Service component name. */
            service_module?: string;
            /** @description Code repositories of this service. The docs mark it required; the server does not. */
            repo_info?: components["schemas"]["BuildRepoInfo"][];
            /** @description Values of the template's variables. The docs mark it required; the server does not. */
            inputs?: components["schemas"]["BuildInput"][];
        };
        /**
         * BuildFromTemplateRequest
         * @description A build from a build template, for `createBuild?source=template` and `updateBuildFromTemplate` (`OpenAPIBuildCreationFromTemplateReq` in the server). All four fields are checked (400 when missing). The server checks `name`, `project_key`, `template_name` and a non-empty `target_services` (`binding:"required"` and `OpenAPIBuildCreationFromTemplateReq.Validate`); the template must exist.
         */
        BuildFromTemplateRequest: {
            /** @description Build name. */
            name: string;
            /** @description Project key. */
            project_key: string;
            /** @description Build template name; it must exist. */
            template_name: string;
            /** @description The service components to build, each with its repositories and variable values. */
            target_services: components["schemas"]["BuildTargetServiceInput"][];
        };
        /**
         * BuildRepoSource
         * @description Type of a repository's code host.
         * @enum {string}
         */
        BuildRepoSource: "github" | "gitlab" | "gerrit" | "codehub" | "gitee" | "gitee-enterprise" | "perforce" | "other";
        /**
         * BuildRepo
         * @description A code repository in build details (`OpenAPIRepo` in the server). The docs' example also shows `address`, which the server does not send.
         */
        BuildRepo: {
            source: components["schemas"]["BuildRepoSource"];
            /** @description Organization or user name. */
            repo_owner: string;
            /** @description Repository name. */
            repo_name: string;
            /** @description Branch. */
            branch: string;
            /** @description Git remote name. */
            remote_name?: string;
            /** @description Directory the repository is cloned into. */
            checkout_path?: string;
            /** @description Whether submodules are cloned. */
            submodules?: boolean;
            /** @description Whether the repository is hidden when running the build. Not in the docs. */
            hidden?: boolean;
        };
        /**
         * BuildEnv
         * @description A build's OS image and packages (`OpenAPIBuildEnv` in the server).
         */
        BuildEnv: {
            /** @description OS image ID. */
            basic_image_id?: string;
            /** @description OS image name, e.g. `ubuntu 20.04`. */
            basic_image_label?: string;
            /** @description Software packages. */
            installs?: components["schemas"]["BuildInstall"][];
        };
        /**
         * BuildParameterValue
         * @description A variable in build details (`ServiceKeyVal` in the server).
         */
        BuildParameterValue: {
            /** @description Variable key. */
            key: string;
            /** @description Value (a string for plain builds). */
            value?: unknown;
            type?: components["schemas"]["BuildParameterType"];
            /** @description Allowed values. */
            choice_option?: string[];
            /** @description Selected values (type `multi-select`). */
            choice_value?: string[];
            /** @description Whether the value is sensitive. */
            is_credential: boolean;
        };
        /**
         * BuildOutput
         * @description An output variable of a build (`Output` in the server).
         */
        BuildOutput: {
            /** @description Variable name. */
            name: string;
            /** @description Description. */
            description?: string;
        };
        /**
         * BuildDockerBuild
         * @description A build's image build step as stored (`DockerBuild` in the server).
         */
        BuildDockerBuild: {
            /** @description Build context directory. */
            work_dir?: string;
            /** @description Absolute path of the Dockerfile. */
            docker_file?: string;
            /** @description Build arguments. */
            build_args?: string;
            /** @description Dockerfile source, `local` or `template`. */
            source?: string;
            /** @description Dockerfile template ID (source `template`). */
            template_id?: string;
            /** @description Dockerfile template name (source `template`). */
            template_name?: string;
            /** @description Whether BuildKit is used. */
            enable_buildkit?: boolean;
            /** @description BuildKit target platforms. */
            platform?: string;
        };
        /**
         * BuildObjectStoragePath
         * @description A file to upload to object storage (`ObjectStoragePathDetail` in the server).
         */
        BuildObjectStoragePath: {
            /** @description File path in the workspace. */
            file_path?: string;
            /** @description Absolute file path. */
            abs_file_path?: string;
            /** @description Destination path in the object storage. */
            dest_path?: string;
        };
        /**
         * BuildObjectStorageUpload
         * @description Upload of build files to object storage (`ObjectStorageUpload` in the server).
         */
        BuildObjectStorageUpload: {
            /** @description Whether files are uploaded. */
            enabled?: boolean;
            /** @description Object storage ID. */
            object_storage_id?: string;
            /** @description Files to upload. */
            upload_detail?: components["schemas"]["BuildObjectStoragePath"][];
        };
        /**
         * BuildFileArchive
         * @description Binary package archive of a build (`FileArchive` in the server).
         */
        BuildFileArchive: {
            /** @description Directory of the binary package. */
            file_location?: string;
        };
        /**
         * BuildPostBuild
         * @description Steps after a build's script (`PostBuild` in the server).
         */
        BuildPostBuild: {
            /** @description Image build step. */
            docker_build?: components["schemas"]["BuildDockerBuild"] | null;
            /** @description Upload of files to object storage. */
            object_storage_upload?: components["schemas"]["BuildObjectStorageUpload"] | null;
            /** @description Binary package archive. */
            file_archive?: components["schemas"]["BuildFileArchive"] | null;
            /** @description Shell script run after the build. */
            scripts?: string;
        };
        /**
         * BuildDetail
         * @description A build's configuration (`OpenAPIBuildDetailResp` in the server).
         */
        BuildDetail: {
            /** @description Project key. */
            project_key: string;
            /** @description Build name. */
            name: string;
            /**
             * @description How the build runs, `zadig` or `jenkins` (empty in the docs' example, from older builds).
             * @enum {string}
             */
            source: "zadig" | "jenkins" | "";
            /** @description Service components the build builds. */
            target_services: components["schemas"]["BuildServiceModule"][];
            /** @description Build template name; empty for plain builds. */
            template_name?: string;
            /** @description Last updater. */
            update_by?: string;
            /**
             * Format: int64
             * @description Last update, Unix seconds.
             */
            update_time?: number;
            /** @description Code repositories: the build's, or for a template build with `serviceName` and `serviceModule`, that service's. */
            repos: components["schemas"]["BuildRepo"][];
            build_env: components["schemas"]["BuildEnv"] | null;
            advanced_settings: components["schemas"]["BuildAdvancedSettings"] | null;
            /** @description Build script. */
            build_script?: string;
            /** @description Variables: the build's, or for a template build's selected service, that service's values. */
            parameters: components["schemas"]["BuildParameterValue"][];
            /** @description Output variables (always `IMAGE` and `PKG_FILE`, then the custom ones). */
            outputs: components["schemas"]["BuildOutput"][];
            /** @description Steps after the build script. */
            post_build?: components["schemas"]["BuildPostBuild"] | null;
        };
        /**
         * TestRepoInfo
         * @description A repository override for a test run (`OpenAPIRepoInput` in the server). `branch` is required unless `enable_commit` is true, and then `commit_id` is (400 otherwise). Perforce repositories cannot be overridden. Only `codehost_name` matters to the server, which looks the code source up by it; `repo_namespace` and `repo_name` select which of the test's repositories to change (not checked).
         */
        TestRepoInfo: {
            /** @description Code host name (the code source's alias in Zadig). */
            codehost_name: string;
            /** @description Repository namespace (organization or user). */
            repo_namespace?: string;
            /** @description Repository name. */
            repo_name?: string;
            /** @description Branch; required when `enable_commit` is false. */
            branch?: string;
            /** @description Pull request number. */
            pr?: number;
            /** @description Pull request numbers. */
            prs?: number[];
            /** @description Whether to test a specific commit. */
            enable_commit?: boolean;
            /** @description Commit ID; required when `enable_commit` is true. */
            commit_id?: string;
            /** @description Not in the docs: the server's `OpenAPIRepoInput.RemoteName`. */
            remote_name?: string;
            /** @description Not in the docs: the server's `OpenAPIRepoInput.CheckoutPath`. */
            checkout_path?: string;
            /** @description Not in the docs: the server's `OpenAPIRepoInput.SubModules`. */
            submodules?: boolean;
            /** @description Not in the docs: the server's `OpenAPIRepoInput.Stream`. */
            stream?: string;
            /** @description Not in the docs: the server's `OpenAPIRepoInput.ViewMapping`. */
            view_mapping?: string;
            /** @description Not in the docs: the server's `OpenAPIRepoInput.ChangelistID`. */
            changelist_id?: number;
            /** @description Not in the docs: the server's `OpenAPIRepoInput.ShelveID`. */
            shelve_id?: number;
        };
        /**
         * TestInput
         * @description A value for a test variable (`KV` in the server's `pkg/types`). The server uses `value` (a comma-separated list for multi-select variables) and, for file variables, the file fields; the variable's type and sensitivity come from the test's configuration.
         */
        TestInput: {
            /** @description Variable key; it must be configured in the test. */
            key: string;
            /** @description Value. */
            value?: string;
            /** @description Variable type (ignored; the configured type is used). */
            type?: string;
            /** @description Whether the value is sensitive (ignored; the configured setting is used). */
            is_credential?: boolean;
            /** @description File ID (file variables). */
            file_id?: string;
            /** @description File name (file variables). */
            file_name?: string;
            /** @description File path (file variables). */
            file_path?: string;
        };
        /**
         * CreateTestTaskRequest
         * @description A test run (`OpenAPICreateTestTaskReq` in the server). Repositories may not repeat (same code source, namespace and name), nor may input keys (400). The server checks `project_key` and `test_name` (`OpenAPICreateTestTaskReq.Validate`, `core/workflow/testing/service/types.go`).
         */
        CreateTestTaskRequest: {
            /** @description Project key. */
            project_key: string;
            /** @description Test name. */
            test_name: string;
            /** @description Repository overrides; each must match a repository configured in the test. Defaults to the test's configuration. */
            repo_info?: components["schemas"]["TestRepoInfo"][];
            /** @description Input values; each key must be a variable configured in the test. Others keep their configured values. */
            inputs?: components["schemas"]["TestInput"][];
        };
        /**
         * TestTaskCreated
         * @description The created test task (`OpenAPICreateTestTaskResp` in the server).
         */
        TestTaskCreated: {
            /**
             * Format: int64
             * @description Test task ID.
             */
            task_id: number;
        };
        /**
         * TestInputDefinition
         * @description A runtime input of a test (`OpenAPITestInput` in the server).
         */
        TestInputDefinition: {
            /** @description Input name. */
            key: string;
            /** @description Default value (comma-separated for multi-select inputs, the file path for file inputs); left out for credential inputs and empty values. */
            value?: string;
            /**
             * @description Input type; left out when not set.
             * @enum {string}
             */
            type?: "" | "string" | "choice" | "multi-select" | "image" | "script" | "file" | "external";
            /** @description Allowed values; left out when empty. */
            choice_option?: string[];
            /** @description Whether the input is required. */
            required: boolean;
            /** @description Whether the input is sensitive. */
            is_credential: boolean;
            /** @description Whether a value (or a file) is configured. */
            has_value: boolean;
            /** @description Description; left out when empty. */
            description?: string;
        };
        /**
         * TestInfo
         * @description A test's runtime inputs (`OpenAPITestInfo` in the server).
         */
        TestInfo: {
            /** @description Project key. */
            project_key: string;
            /** @description Test name. */
            test_name: string;
            /** @description The test's variables, as runtime inputs. */
            inputs: components["schemas"]["TestInputDefinition"][];
        };
        /**
         * TestTaskStatus
         * @description Status of a test task, lowercased (Zadig's task status, `config.Status` in the server). The docs list `created`, `running`, `passed`, `skipped`, `failed`, `timeout`, `cancelled`, `waiting` and `queued`.
         * @enum {string}
         */
        TestTaskStatus: "" | "disabled" | "created" | "running" | "passed" | "skipped" | "failed" | "timeout" | "cancelled" | "pause" | "waiting" | "queued" | "blocked" | "pending" | "changed" | "notrun" | "prepare" | "reject" | "distributed" | "wait_for_approval" | "debug_before" | "debug_after" | "unstable" | "wait_for_manual_error_handling";
        /**
         * TestCaseMessage
         * @description A test case's failure or error (`Failure` / `Error` in the server).
         */
        TestCaseMessage: {
            /** @description Summary. */
            message?: string;
            /** @description Type. */
            type?: string;
            /** @description Details. */
            text?: string;
        };
        /**
         * TestCase
         * @description A test case of a report (`OpenAPITestCase` in the server). The docs also list `skipped`, which the server does not send.
         */
        TestCase: {
            /** @description Case name. */
            name: string;
            /** @description Duration, seconds (fractional). */
            time: number;
            /** @description Failure; `null` when the case did not fail. */
            failure: components["schemas"]["TestCaseMessage"] | null;
            /** @description Error; `null` when the case had no error. */
            error: components["schemas"]["TestCaseMessage"] | null;
        };
        /**
         * TestReport
         * @description The JUnit report of a test task (`OpenAPITestReport` in the server). The docs' example also shows `test_type` and `name`, which the server does not send.
         */
        TestReport: {
            /** @description Number of test cases. */
            test_total: number;
            /** @description Number of failed test cases. */
            failure_total: number;
            /** @description Number of successful test cases. */
            success_total: number;
            /** @description Number of skipped test cases (the server spells it `skiped`). */
            skiped_total: number;
            /** @description Number of test cases with errors. */
            error_total: number;
            /** @description Total duration, seconds. Not in the docs' table. */
            time: number;
            /** @description Test cases. */
            test_cases: components["schemas"]["TestCase"][];
        };
        /**
         * TestTaskDetail
         * @description A test task (`OpenAPITestTaskDetail` in the server).
         */
        TestTaskDetail: {
            /** @description Test name. */
            test_name: string;
            /**
             * Format: int64
             * @description Test task ID.
             */
            task_id: number;
            /** @description Who started the task. */
            creator: string;
            /**
             * Format: int64
             * @description Creation time, Unix seconds.
             */
            create_time: number;
            /**
             * Format: int64
             * @description Start time, Unix seconds.
             */
            start_time: number;
            /**
             * Format: int64
             * @description End time, Unix seconds.
             */
            end_time: number;
            status: components["schemas"]["TestTaskStatus"];
            /** @description The JUnit test report; `null` unless the task `passed`. */
            test_report: components["schemas"]["TestReport"] | null;
        };
        /**
         * CodeScanRepoInfo
         * @description A code repository of a new code scan (`OpenAPIRepoInput` in the server). The code source is found by `codehost_name`; the remote name is always `origin`. The server looks the code source up by `codehost_name` and fails when there is none of that name; the other fields are copied without checks (`ToScanningRepository`).
         */
        CodeScanRepoInfo: {
            /** @description Code source identifier (the code host's alias in Zadig). */
            codehost_name?: string;
            /** @description Repository namespace (organization or user). */
            repo_namespace?: string;
            /** @description Repository name. */
            repo_name?: string;
            /** @description Branch. */
            branch?: string;
            /** @description Pull request number. Not in the docs. */
            pr?: number;
            /** @description Pull request numbers. Not in the docs. */
            prs?: number[];
            /** @description Whether to scan a specific commit. Not in the docs. */
            enable_commit?: boolean;
            /** @description Commit to scan when `enable_commit` is true. Not in the docs. */
            commit_id?: string;
            /** @description Not in the docs: the server's `OpenAPIRepoInput.RemoteName`. */
            remote_name?: string;
            /** @description Not in the docs: the server's `OpenAPIRepoInput.CheckoutPath`. */
            checkout_path?: string;
            /** @description Not in the docs: the server's `OpenAPIRepoInput.SubModules`. */
            submodules?: boolean;
            /** @description Not in the docs: the server's `OpenAPIRepoInput.Stream`. */
            stream?: string;
            /** @description Not in the docs: the server's `OpenAPIRepoInput.ViewMapping`. */
            view_mapping?: string;
            /** @description Not in the docs: the server's `OpenAPIRepoInput.ChangelistID`. */
            changelist_id?: number;
            /** @description Not in the docs: the server's `OpenAPIRepoInput.ShelveID`. */
            shelve_id?: number;
        };
        /**
         * CodeScanAddon
         * @description A software package installed before the scan (`Item` in the server). Not checked when the scan is saved; a package that does not exist fails the scan when it runs.
         */
        CodeScanAddon: {
            /** @description Package name. */
            name?: string;
            /** @description Package version. */
            version?: string;
        };
        /**
         * CodeScanResourceSpec
         * @description Resources of a code scan (`RequestSpec` in the server). The docs call the requests `cpu_request` and `memory_request`; the server reads `cpu_req` and `memory_req` and ignores the documented names. Not checked by the server (0 when absent).
         */
        CodeScanResourceSpec: {
            /** @description CPU limit, millicores. */
            cpu_limit?: number;
            /** @description Memory limit, Mi. */
            memory_limit?: number;
            /** @description CPU request, millicores (the docs' `cpu_request`). */
            cpu_req?: number;
            /** @description Memory request, Mi (the docs' `memory_request`). */
            memory_req?: number;
            /** @description GPU limit, e.g. `nvidia.com/gpu: 1`. Not in the docs. */
            gpu_limit?: string;
        };
        /**
         * CodeScanAdvancedSettings
         * @description Advanced settings of a new code scan (`OpenAPIAdvancedSetting` in the server; only the fields below are read). Required: the server dereferences it (500 when missing). The docs' `webhooks` trigger settings are not read. Of its fields the server needs only `cluster_name` (looked up, `ToScanningAdvancedSetting` in `pkg/tool/openapi`); `timeout` is 0 and `resource_spec` empty when absent.
         */
        CodeScanAdvancedSettings: {
            /** @description Cluster to run in; it must exist (500 otherwise). */
            cluster_name?: string;
            /** @description Scheduling strategy of the cluster. Not in the docs. */
            strategy_name?: string;
            /** @description Timeout, in minutes. */
            timeout?: number;
            resource_spec?: components["schemas"]["CodeScanResourceSpec"];
            /** @description The server's `OpenAPICacheSetting`. */
            cache_setting?: Record<string, never>;
            /** @description The server's `OpenAPIStorages`. */
            storages?: Record<string, never>;
            /** @description Not in the docs: the server's `OpenAPIAdvancedSetting.UseHostDockerDaemon`. */
            use_host_docker_daemon?: boolean;
            /** @description Not in the docs: the server's `OpenAPIAdvancedSetting.PrivilegedMode`. */
            privileged_mode?: boolean;
            /** @description Not in the docs: the server's `OpenAPIAdvancedSetting.CustomAnnotations`. */
            custom_annotations?: Record<string, never>[];
            /** @description Not in the docs: the server's `OpenAPIAdvancedSetting.CustomLabels`. */
            custom_labels?: Record<string, never>[];
            /** @description Not in the docs: the server's `OpenAPIAdvancedSetting.Outputs`. */
            outputs?: string[];
        };
        /**
         * CreateCodeScanRequest
         * @description A new code scan (`OpenAPICreateScanningReq` in the server). The server rejects a missing `name`, `project_key` or `image_name`, and a `scanner_type` other than `sonarQube` or `other`, with 400.
         */
        CreateCodeScanRequest: {
            /** @description Project key. */
            project_key: string;
            /** @description Code scan name. Lowercased, it must be a valid workflow job name: a letter (or CJK character) first, then up to 31 letters, digits, CJK characters or hyphens. */
            name: string;
            /** @description Description. */
            description?: string;
            /**
             * @description Scanning tool, `sonarQube` or `other` (a script).
             * @enum {string}
             */
            scanner_type: "sonarQube" | "other";
            /** @description Name of the scan environment's image (System Settings › Build Images); it must exist. */
            image_name: string;
            /** @description Identifier of the SonarQube integration; required when `scanner_type` is `sonarQube`. */
            sonar_system?: string;
            /** @description Code repositories to scan. The docs mark it required; the server does not. */
            repo_info?: components["schemas"]["CodeScanRepoInfo"][];
            /** @description Software packages to install. The docs mark it required ("an empty array if not needed"); the server accepts it missing. */
            addons?: components["schemas"]["CodeScanAddon"][];
            /** @description SonarQube scanner parameters (`sonar.projectKey=…` lines), for `sonarQube`. */
            sonar_parameter?: string;
            /** @description Script run before the SonarQube scan; for `sonarQube` it becomes the scan's script. Not in the docs. */
            prelaunch_script?: string;
            /** @description Scan script, for `other`. For `sonarQube` the server replaces it with `prelaunch_script`. */
            script?: string;
            /** @description Whether to check the SonarQube quality gate. The docs mark it required; it defaults to `false`. */
            enable_quality_gate?: boolean;
            advanced_settings: components["schemas"]["CodeScanAdvancedSettings"];
        };
        /**
         * CodeScanRepoSource
         * @description Type of a repository's code host. The docs list all but `perforce`, which the server's constants add.
         * @enum {string}
         */
        CodeScanRepoSource: "github" | "gitlab" | "gerrit" | "codehub" | "gitee" | "gitee-enterprise" | "perforce" | "other";
        /**
         * CodeScanTaskRepo
         * @description A repository to scan in a run (`ScanningRepoInfo` in the server; only these fields are read). The server checks only `branch` (non-empty, `OpenAPICreateScanningTaskReq.Validate` in `core/workflow/testing/service/types.go`); the other fields select which of the scan's repositories the branch applies to.
         */
        CodeScanTaskRepo: {
            /** @description Branch (400 when empty). */
            branch: string;
            /** @description Repository name. */
            repo_name?: string;
            /** @description Organization or user name. */
            repo_owner?: string;
            source?: components["schemas"]["CodeScanRepoSource"];
            /** @description Pull request numbers. */
            prs?: number[];
            /** @description Not in the docs: the server's `ScanningRepoInfo.CodehostID`. */
            codehost_id?: number;
            /** @description Not in the docs: the server's `ScanningRepoInfo.RepoNamespace`. */
            repo_namespace?: string;
            /** @description Not in the docs: the server's `ScanningRepoInfo.PR`. */
            pr?: number;
            /** @description Not in the docs: the server's `ScanningRepoInfo.MergeBranches`. */
            merge_branches?: string[];
            /** @description Not in the docs: the server's `ScanningRepoInfo.Tag`. */
            tag?: string;
            /** @description Not in the docs: the server's `ScanningRepoInfo.DepotType`. */
            depot_type?: string;
            /** @description Not in the docs: the server's `ScanningRepoInfo.Stream`. */
            stream?: string;
            /** @description Not in the docs: the server's `ScanningRepoInfo.ViewMapping`. */
            view_mapping?: string;
            /** @description Not in the docs: the server's `ScanningRepoInfo.ChangeListID`. */
            changelist_id?: number;
            /** @description Not in the docs: the server's `ScanningRepoInfo.ShelveID`. */
            shelve_id?: number;
        };
        /**
         * CodeScanKeyVal
         * @description A value for a code scan variable (`KeyVal` in the server). The server does not check `value`; a missing one is the empty string.
         */
        CodeScanKeyVal: {
            /** @description Variable key. */
            key?: string;
            /** @description Value. */
            value?: string;
            /** @description Not in the docs: the server's `KeyVal.Type`. */
            type?: string;
            /** @description Not in the docs: the server's `KeyVal.RegistryID`. */
            registry_id?: string;
            /** @description Not in the docs: the server's `KeyVal.ChoiceOption`. */
            choice_option?: string[];
            /** @description Not in the docs: the server's `KeyVal.ChoiceValue`. */
            choice_value?: string[];
            /** @description Not in the docs: the server's `KeyVal.Script`. */
            script?: string;
            /** @description Not in the docs: the server's `KeyVal.CallFunction`. */
            call_function?: string;
            /** @description Not in the docs: the server's `KeyVal.FunctionReference`. */
            function_reference?: string[];
            /** @description Not in the docs: the server's `KeyVal.FilePath`. */
            file_path?: string;
            /** @description Not in the docs: the server's `KeyVal.FileName`. */
            file_name?: string;
            /** @description Not in the docs: the server's `KeyVal.FileID`. */
            file_id?: string;
            /** @description Not in the docs: the server's `KeyVal.IsCredential`. */
            is_credential?: boolean;
            /** @description Not in the docs: the server's `KeyVal.Description`. */
            description?: string;
            /** @description Not in the docs: the server's `KeyVal.Required`. */
            required?: boolean;
        };
        /**
         * CreateCodeScanTaskRequest
         * @description A code scan run (`OpenAPICreateScanningTaskReq` in the server). Nothing in the body is checked except each `scan_repos[].branch`; without `scan_repos` the scan runs on its configured branches.
         */
        CreateCodeScanTaskRequest: {
            /** @description Branches or pull requests to scan, one entry per repository of the scan. */
            scan_repos?: components["schemas"]["CodeScanTaskRepo"][];
            /** @description Values for the scan's variables. Not in the docs. */
            scan_kvs?: components["schemas"]["CodeScanKeyVal"][];
            /** @description Not in the docs: the server's `OpenAPICreateScanningTaskReq.ProjectName`. */
            ProjectName?: string;
            /** @description Not in the docs: the server's `OpenAPICreateScanningTaskReq.ScanName`. */
            ScanName?: string;
        };
        /**
         * CodeScanTaskCreated
         * @description The created code scan task (`OpenAPICreateScanningTaskResp` in the server).
         */
        CodeScanTaskCreated: {
            /**
             * Format: int64
             * @description Code scan task ID.
             */
            task_id: number;
        };
        /**
         * CodeScanTaskStatus
         * @description Status of a code scan task, lowercased (Zadig's task status, `config.Status` in the server).
         * @enum {string}
         */
        CodeScanTaskStatus: "" | "disabled" | "created" | "running" | "passed" | "skipped" | "failed" | "timeout" | "cancelled" | "pause" | "waiting" | "queued" | "blocked" | "pending" | "changed" | "notrun" | "prepare" | "reject" | "distributed" | "wait_for_approval" | "debug_before" | "debug_after" | "unstable" | "wait_for_manual_error_handling";
        /**
         * CodeScanTaskRepoInfo
         * @description A repository of a code scan task (`OpenAPIScanRepoBrief` in the server). The docs' table leaves out `address` (shown in its example), `remote_name`, `hidden`, `checkout_path` and `submodules`.
         */
        CodeScanTaskRepoInfo: {
            /** @description Organization or user name. */
            repo_owner: string;
            source: components["schemas"]["CodeScanRepoSource"];
            /** @description Address of the code host, e.g. `https://gitlab.com`. */
            address?: string;
            /** @description Branch. */
            branch: string;
            /** @description Git remote name. */
            remote_name?: string;
            /** @description Repository name. */
            repo_name: string;
            /** @description Whether the repository is hidden. */
            hidden?: boolean;
            /** @description Directory the repository is cloned into. */
            checkout_path?: string;
            /** @description Whether submodules are cloned. */
            submodules?: boolean;
        };
        /**
         * CodeScanTaskDetail
         * @description A code scan task (`OpenAPIScanTaskDetail` in the server).
         */
        CodeScanTaskDetail: {
            /** @description Code scan name. */
            scan_name: string;
            /** @description Who started the task. */
            creator: string;
            /**
             * Format: int64
             * @description Code scan task ID.
             */
            task_id: number;
            status: components["schemas"]["CodeScanTaskStatus"];
            /**
             * Format: int64
             * @description Creation time, Unix seconds.
             */
            create_time: number;
            /**
             * Format: int64
             * @description End time, Unix seconds.
             */
            end_time: number;
            /** @description Link to the result, e.g. the SonarQube dashboard; may be empty. */
            result_link: string;
            /** @description Repositories scanned. */
            repo_info: components["schemas"]["CodeScanTaskRepoInfo"][];
        };
        /**
         * DeliveryVersionType
         * @description The kind of project a version was made from.
         * @enum {string}
         */
        DeliveryVersionType: "K8SYaml" | "HelmChart";
        /**
         * DeliveryVersionSource
         * @description Where a version's services come from: `manual` (given in the request), `from_env` (an environment's running services) or `from_version` (an earlier version). `""` (the zero value) is what versions created without a source carry; in a request it is treated as `manual` (`OpenAPICreateK8SDeliveryVersion`).
         * @enum {string}
         */
        DeliveryVersionSource: "" | "manual" | "from_env" | "from_version";
        /**
         * DeliveryVersionStatus
         * @description Creation status of a version. `creating` and `retrying` are transient; `success` and `failed` are final.
         * @enum {string}
         */
        DeliveryVersionStatus: "success" | "failed" | "creating" | "retrying";
        /**
         * DeliveryVersionProgress
         * @description Upload progress of a version. Sent only by servers from before the August 2025 delivery-version rework.
         */
        DeliveryVersionProgress: {
            /** @description Number of artifacts uploaded. */
            success_count?: number;
            /** @description Number of artifacts in the version. */
            total_count?: number;
            /**
             * @description Upload status.
             * @enum {string}
             */
            upload_status?: "success" | "failed" | "waiting" | "uploading";
            /** @description Error message. */
            error?: string;
        };
        /**
         * DeliveryVersionInfo
         * @description A version as listed (`OpenAPIDeliveryVersionInfoV2` in the server). The docs' table names the creation time `created_time`; the server and the docs' example send `create_time`.
         */
        DeliveryVersionInfo: {
            /** @description Version ID. */
            id: string;
            /** @description Version name. */
            version_name: string;
            type: components["schemas"]["DeliveryVersionType"];
            source?: components["schemas"]["DeliveryVersionSource"];
            status: components["schemas"]["DeliveryVersionStatus"];
            /** @description Labels. */
            labels?: string[];
            /** @description Description. */
            description?: string;
            /** @description Upload progress; only servers from before August 2025 send it (often `null`). */
            progress?: components["schemas"]["DeliveryVersionProgress"] | null;
            /** @description Creator; `<username>(OpenAPI)` for versions created through the OpenAPI. */
            created_by?: string;
            /**
             * Format: int64
             * @description Creation time, Unix seconds.
             */
            create_time: number;
        };
        /**
         * DeliveryVersionList
         * @description One page of versions.
         */
        DeliveryVersionList: {
            /** @description Versions on this page, newest first. */
            list: components["schemas"]["DeliveryVersionInfo"][];
            /** @description Number of versions in the project. */
            total: number;
        };
        /**
         * DeliveryItemStatus
         * @description Push status of a chart or an image in a version (Zadig's task status, `config.Status` in the server); empty while nothing has been pushed.
         * @enum {string}
         */
        DeliveryItemStatus: "" | "disabled" | "created" | "running" | "passed" | "skipped" | "failed" | "timeout" | "cancelled" | "pause" | "waiting" | "queued" | "blocked" | "pending" | "changed" | "notRun" | "prepare" | "reject" | "distributed" | "wait_for_approval" | "debug_before" | "debug_after" | "unstable" | "wait_for_manual_error_handling";
        /**
         * DeliveryVersionImage
         * @description An image of a service in a version, and its push status.
         */
        DeliveryVersionImage: {
            /** @description Container name. */
            container_name: string;
            /** @description Image name. */
            image_name: string;
            /** @description Full source image. */
            source_image?: string;
            /** @description Source image tag. */
            source_image_tag?: string;
            /** @description Full target image, in the version's image registry. */
            target_image: string;
            /** @description Target image tag. */
            target_image_tag?: string;
            /** @description Where the chart values hold this image (Helm projects); `null` for K8s YAML projects. */
            image_path?: components["schemas"]["ImagePath"] | null;
            /** @description Whether the image is pushed to the target registry. */
            push_image: boolean;
            status?: components["schemas"]["DeliveryItemStatus"];
            /** @description Push error message. */
            error?: string;
        };
        /**
         * DeliveryVersionService
         * @description A service in a version (`OpenAPIDeliveryVersionService` in the server).
         */
        DeliveryVersionService: {
            /** @description Service name. */
            service_name: string;
            /** @description Chart name (Helm projects). */
            chart_name?: string;
            /** @description Chart version of the original version (the server sends it empty in details). */
            original_chart_version?: string;
            /** @description Chart version (Helm projects). */
            chart_version?: string;
            chart_status?: components["schemas"]["DeliveryItemStatus"];
            /** @description Rendered YAML (K8s YAML projects) or values (Helm projects). */
            yaml_content?: string;
            /** @description Images of the service. */
            images: components["schemas"]["DeliveryVersionImage"][];
            /** @description Push error message. */
            error?: string;
        };
        /**
         * DeliveryVersionDetail
         * @description A version with its services and images (`OpenAPIGetDeliveryVersionV2Resp`). The docs' table names several fields differently (`version_name`, `project_key`, `description`, `created_time`, `id`); the server and the docs' example send the names below, and no `id`.
         */
        DeliveryVersionDetail: {
            /** @description Version name. */
            version: string;
            /** @description Project key. */
            project_name: string;
            /** @description Environment the version was made from (source `from_env` or `from_version`). */
            env_name?: string;
            /** @description Whether that environment is a production environment. */
            production?: boolean;
            type: components["schemas"]["DeliveryVersionType"];
            source?: components["schemas"]["DeliveryVersionSource"];
            /** @description Description. */
            desc?: string;
            /** @description Labels. */
            labels?: string[];
            /** @description ID of the image registry images are pushed to. */
            image_registry_id?: string;
            /** @description Chart repository charts are pushed to (Helm projects). */
            chart_repo_name?: string;
            /** @description Services in the version. */
            services: components["schemas"]["DeliveryVersionService"][];
            status: components["schemas"]["DeliveryVersionStatus"];
            /** @description Error message when creation failed. */
            error?: string;
            /** @description Creator. */
            created_by?: string;
            /**
             * Format: int64
             * @description Creation time, Unix seconds.
             */
            created_at?: number;
            /**
             * Format: int64
             * @description Deletion time; the server always sends 0.
             */
            deleted_at?: number;
        };
        /**
         * DeliveryDeployInfo
         * @description A K8s YAML artifact of a version (servers from before August 2025).
         */
        DeliveryDeployInfo: {
            /** @description Artifact ID. */
            id?: string;
            /** @description Service name. */
            service_name?: string;
            /** @description Service component (container) name. */
            service_module?: string;
            /** @description Full image address. */
            image?: string;
            /** @description Image name. */
            image_name?: string;
            /** @description Image registry ID. */
            registry_id?: string;
            /**
             * Format: int64
             * @description Creation time, Unix seconds (the docs' table says `created_time`).
             */
            create_time?: number;
        };
        /**
         * DeliveryDistributeInfo
         * @description A Helm artifact of a version (servers from before August 2025): a chart, with its images as `sub_distributes`.
         */
        DeliveryDistributeInfo: {
            /** @description Artifact ID. */
            id?: string;
            /** @description Service name. */
            service_name?: string;
            /**
             * @description Artifact type.
             * @enum {string}
             */
            distribute_type?: "chart" | "image";
            /** @description Chart name (type `chart`). */
            chart_name?: string;
            /** @description Chart repository name (type `chart`). */
            chart_repo_name?: string;
            /** @description Chart version (type `chart`). */
            chart_version?: string;
            /** @description Service component name (type `image`). */
            service_module?: string;
            /** @description Full image address (type `image`). */
            image?: string;
            /** @description Image name (type `image`). */
            image_name?: string;
            /** @description Image registry namespace (type `image`). */
            namespace?: string;
            /**
             * Format: int64
             * @description Creation time, Unix seconds (the docs' table says `created_time`).
             */
            create_time?: number;
            /** @description Child artifacts, usually the images of a chart. */
            sub_distributes?: components["schemas"]["DeliveryDistributeInfo"][];
        };
        /**
         * LegacyDeliveryVersionDetail
         * @description Version details as servers from before the August 2025 delivery-version rework send them.
         */
        LegacyDeliveryVersionDetail: {
            version_info: components["schemas"]["DeliveryVersionInfo"];
            /** @description K8s YAML artifacts (type `K8SYaml`). */
            deploy_infos?: components["schemas"]["DeliveryDeployInfo"][];
            /** @description Helm artifacts (type `HelmChart`). */
            distribute_infos?: components["schemas"]["DeliveryDistributeInfo"][];
        };
        /**
         * DeliveryVersionCreateImage
         * @description An image to put in a new version. For `from_env` and `from_version` the server takes the source image from the environment or the original version and uses only `container_name`, `target_image`, `target_image_tag` and `push_image` from here. The server needs only `container_name` (for `from_env` and `from_version` it looks the container up and fails when it is not there); `image_name`, `source_image` and `source_image_tag` matter for `manual` only, `target_image` and `target_image_tag` when the image is pushed, and `push_image` is false when absent (`OpenAPICreateK8SDeliveryVersion`, `OpenAPICreateHelmDeliveryVersion` in `core/delivery/service/openapi.go`).
         */
        DeliveryVersionCreateImage: {
            /** @description Container name; must match a container of the service. */
            container_name: string;
            /** @description Image name. */
            image_name?: string;
            /** @description Full source image (source `manual`). */
            source_image?: string;
            /** @description Source image tag (source `manual`). */
            source_image_tag?: string;
            /** @description Full target image. */
            target_image?: string;
            /** @description Target image tag. */
            target_image_tag?: string;
            image_path?: components["schemas"]["ImagePath"];
            /** @description Whether to push the image to the version's image registry. */
            push_image?: boolean;
            /** @description Not in the docs: the server's `OpenAPIDeliveryVersionImage.Status`. */
            status?: string;
            /** @description Not in the docs: the server's `OpenAPIDeliveryVersionImage.Error`. */
            error?: string;
        };
        /**
         * DeliveryVersionCreateService
         * @description A service to put in a new K8s YAML version. The server looks `service_name` up in the environment or original version (sources `from_env`, `from_version`) and fails when it is not there; `images` may be empty or absent.
         */
        DeliveryVersionCreateService: {
            /** @description Service name. */
            service_name: string;
            /** @description YAML of the service (used for sources `manual` and `from_version`). */
            yaml_content?: string;
            /** @description Images of the service. */
            images?: components["schemas"]["DeliveryVersionCreateImage"][];
            /** @description Not in the docs: the server's `OpenAPIDeliveryVersionService.ChartName`. */
            chart_name?: string;
            /** @description Not in the docs: the server's `OpenAPIDeliveryVersionService.OriginalChartVersion`. */
            original_chart_version?: string;
            /** @description Not in the docs: the server's `OpenAPIDeliveryVersionService.ChartVersion`. */
            chart_version?: string;
            /** @description Not in the docs: the server's `OpenAPIDeliveryVersionService.ChartStatus`. */
            chart_status?: string;
            /** @description Not in the docs: the server's `OpenAPIDeliveryVersionService.Error`. */
            error?: string;
        };
        /**
         * CreateK8sReleaseRequest
         * @description A new version of a K8s YAML project (`OpenAPICreateK8SDeliveryVersionV2Request`). The server checks only what each `source` needs: `env_name` for `from_env`, `original_version_name` for `from_version` (`OpenAPICreateK8SDeliveryVersion`, `core/delivery/service/openapi.go`); an absent or unknown `source` is treated as `manual`, and `services` may be empty. `project_key` and `version_name` are not checked either (callers who are not system administrators need `project_key` for the permission check); send both, the version is stored and found by them.
         */
        CreateK8sReleaseRequest: {
            /** @description Project key. */
            project_key?: string;
            /** @description Version name; unique in the project. */
            version_name?: string;
            source?: components["schemas"]["DeliveryVersionSource"];
            /** @description Version to copy; required when source is `from_version`. Not in the docs. */
            original_version_name?: string;
            /** @description Environment name; required when source is `from_env` or `from_version`. */
            env_name?: string;
            /** @description Whether `env_name` is a production environment. */
            production?: boolean;
            /** @description Description. */
            desc?: string;
            /** @description Labels. */
            labels?: string[];
            /** @description ID of the image registry to push images to; needed when any image has `push_image`. */
            image_registry_id?: string;
            /** @description Services in the version. */
            services?: components["schemas"]["DeliveryVersionCreateService"][];
        };
        /**
         * HelmDeliveryVersionCreateService
         * @description A service to put in a new Helm Chart version. The server looks `service_name` up for sources `from_env` and `from_version` and fails when it is not there; `images` may be empty or absent.
         */
        HelmDeliveryVersionCreateService: {
            /** @description Service name. */
            service_name: string;
            /** @description Chart version in the original version; required when source is `from_version`. */
            original_chart_version?: string;
            /** @description Chart version to publish. */
            chart_version: string;
            /** @description Chart values (used for source `manual`). */
            yaml_content?: string;
            /** @description Images of the service. `image_path` is needed for source `manual`; for `from_env` and `from_version` the server takes it from the environment or the original version. */
            images?: components["schemas"]["DeliveryVersionCreateImage"][];
            /** @description Not in the docs: the server's `OpenAPIDeliveryVersionService.ChartName`. */
            chart_name?: string;
            /** @description Not in the docs: the server's `OpenAPIDeliveryVersionService.ChartStatus`. */
            chart_status?: string;
            /** @description Not in the docs: the server's `OpenAPIDeliveryVersionService.Error`. */
            error?: string;
        };
        /**
         * CreateHelmReleaseRequest
         * @description A new version of a Helm Chart project (`OpenAPICreateHelmDeliveryVersionV2Request`). The server checks a non-empty `services` and an `image_registry_id` (`CreateHelmDeliveryVersionV2`), `env_name` for source `from_env` and `original_version_name` for `from_version`; an absent or unknown `source` is treated as `manual`. `project_key`, `version_name` and `chart_repo_name` are not checked (callers who are not system administrators need `project_key` for the permission check); send them, they identify the version and where its charts go.
         */
        CreateHelmReleaseRequest: {
            /** @description Project key. */
            project_key?: string;
            /** @description Version name; unique in the project. */
            version_name?: string;
            source?: components["schemas"]["DeliveryVersionSource"];
            /** @description Version to copy; required when source is `from_version`. Not in the docs. */
            original_version_name?: string;
            /** @description Environment name; required when source is `from_env`. */
            env_name?: string;
            /** @description Whether `env_name` is a production environment. */
            production?: boolean;
            /** @description Description. */
            desc?: string;
            /** @description Labels. */
            labels?: string[];
            /** @description ID of the image registry to push images to. */
            image_registry_id: string;
            /** @description Chart repository of the original version (documented; the server derives it and ignores this). */
            original_chart_repo_name?: string;
            /** @description Chart repository to push charts to. */
            chart_repo_name?: string;
            /** @description Services in the version. */
            services: components["schemas"]["HelmDeliveryVersionCreateService"][];
        };
        /**
         * ReleasePlanSummary
         * @description A release plan as listed (`OpenAPIListReleasePlanInfo`).
         */
        ReleasePlanSummary: {
            /** @description Release plan ID. */
            id: string;
            /**
             * Format: int64
             * @description Sequence number of the plan.
             */
            index?: number;
            /** @description Release plan name. */
            name: string;
            /** @description Release manager. */
            manager?: string;
            /** @description Description (associated requirements). */
            description?: string;
            /** @description Creator. */
            created_by?: string;
            /**
             * Format: int64
             * @description Creation time, Unix seconds.
             */
            create_time?: number;
        };
        /**
         * ReleasePlanList
         * @description One page of release plans, highest index first.
         */
        ReleasePlanList: {
            /** @description Release plans on this page. */
            list: components["schemas"]["ReleasePlanSummary"][];
            /** @description Number of release plans. */
            total: number;
        };
        /**
         * CreateReleasePlanRequest
         * @description A new release plan (`OpenAPICreateReleasePlanArgs`). The server checks `name` and `manager` (non-empty; the manager must be a user it finds), `OpenAPICreateReleasePlan` in `core/release_plan/service/openapi.go`.
         */
        CreateReleasePlanRequest: {
            /** @description Release plan name. */
            name: string;
            /** @description Release manager's account name. */
            manager: string;
            /** @description The manager's account type: `system` (default), `ldap`, `oauth`, … The docs mark it required; the server defaults it to `system`. */
            manager_identity_type?: string;
            /** @description Description (associated requirements). */
            description?: string;
            /**
             * Format: int64
             * @description Release window start, Unix seconds; not after `end_time`.
             */
            start_time?: number;
            /**
             * Format: int64
             * @description Release window end, Unix seconds.
             */
            end_time?: number;
            /**
             * Format: int64
             * @description Scheduled execution time, Unix seconds; inside the release window.
             */
            schedule_execute_time?: number;
            approval?: components["schemas"]["Approval"];
        };
        /**
         * CreatedReleasePlan
         * @description The ID of a new release plan.
         */
        CreatedReleasePlan: {
            /** @description Release plan ID. */
            id: string;
        };
        /**
         * ReleasePlanJobStatus
         * @description Status of a release job; empty until the plan runs.
         * @enum {string}
         */
        ReleasePlanJobStatus: "" | "todo" | "done" | "skipped" | "failed" | "running";
        /**
         * ReleasePlanJob
         * @description A release job as stored on a plan (`ReleaseJob` in the server).
         */
        ReleasePlanJob: {
            /** @description Job ID (a UUID). */
            id: string;
            /** @description Job name. */
            name: string;
            /** @description Job manager. */
            manager?: string;
            /** @description Job manager's user ID. */
            manager_id?: string;
            /**
             * @description Job type.
             * @enum {string}
             */
            type: "text" | "workflow";
            /** @description For `text`, the text spec; for `workflow`, the stored workflow (`workflow`) and, once run, its `status` and `task_id`. */
            spec?: {
                /** @description Text job content. */
                content?: string;
                /** @description Remark. */
                remark?: string;
                /** @description The workflow to run, with its inputs. */
                workflow?: Record<string, never>;
                /** @description Status of the workflow task. */
                status?: string;
                /**
                 * Format: int64
                 * @description ID of the workflow task.
                 */
                task_id?: number;
            };
            status?: components["schemas"]["ReleasePlanJobStatus"];
            last_status?: components["schemas"]["ReleasePlanJobStatus"];
            /** @description Whether the job changed since the plan was last approved. */
            updated?: boolean;
            /** @description Who ran the job. */
            executed_by?: string;
            /**
             * Format: int64
             * @description When the job ran, Unix seconds.
             */
            executed_time?: number;
        };
        /**
         * ReleasePlanStatus
         * @description Where a release plan is in its life cycle (`ReleasePlanStatus` in the server).
         * @enum {string}
         */
        ReleasePlanStatus: "planning" | "finish_planning" | "wait_for_approval" | "executing" | "denied" | "wait_for_finish_planning_external_check" | "wait_for_execute_external_check" | "wait_for_all_done_external_check" | "timeout" | "success" | "wait_for_finish_planning_external_check_failed" | "wait_for_execute_external_check_failed" | "wait_for_all_done_external_check_failed" | "cancel";
        /**
         * ReleasePlan
         * @description A release plan with its approval and jobs (`ReleasePlan` in the server).
         */
        ReleasePlan: {
            /** @description Release plan ID. */
            id: string;
            /**
             * Format: int64
             * @description Sequence number.
             */
            index?: number;
            /**
             * Format: int64
             * @description Revision, incremented on each update.
             */
            version?: number;
            /** @description Name. */
            name: string;
            /** @description Release manager. */
            manager?: string;
            /** @description Release manager's user ID. */
            manager_id?: string;
            /** @description Approver's user ID. */
            approver_id?: string;
            /**
             * Format: int64
             * @description Release window start, Unix seconds.
             */
            start_time?: number;
            /**
             * Format: int64
             * @description Release window end, Unix seconds.
             */
            end_time?: number;
            /**
             * Format: int64
             * @description Scheduled execution time, Unix seconds.
             */
            schedule_execute_time?: number;
            /** @description Description (associated requirements). */
            description?: string;
            /** @description Creator. */
            created_by?: string;
            /**
             * Format: int64
             * @description Creation time, Unix seconds.
             */
            create_time?: number;
            /** @description Last updater. */
            updated_by?: string;
            /**
             * Format: int64
             * @description Last update, Unix seconds.
             */
            update_time?: number;
            /** @description Associated Jira sprints. */
            jira_sprint_association?: Record<string, never> | null;
            approval?: components["schemas"]["Approval"] | null;
            /** @description Release jobs. */
            jobs?: components["schemas"]["ReleasePlanJob"][];
            status: components["schemas"]["ReleasePlanStatus"];
            /**
             * Format: int64
             * @description When planning finished, Unix seconds.
             */
            planning_time?: number;
            /**
             * Format: int64
             * @description When planning was marked finished, Unix seconds.
             */
            finish_planning_time?: number;
            /**
             * Format: int64
             * @description When approval finished, Unix seconds.
             */
            approval_time?: number;
            /**
             * Format: int64
             * @description When execution finished, Unix seconds.
             */
            executing_time?: number;
            /**
             * Format: int64
             * @description When the plan succeeded, Unix seconds.
             */
            success_time?: number;
            /** @description Approval instance code. */
            instance_code?: string;
            /** @description Webhook settings of the plan. */
            hook_settings?: {
                /** @description Whether hooks are sent. */
                enable?: boolean;
                /** @description Whether the plan waits for a callback. */
                enable_call_back?: boolean;
                /** @description Events that send a hook. */
                hook_events?: ("finish_planning" | "start_execute" | "all_job_done")[];
            } | null;
            /** @description Why an external check failed. */
            external_check_failed_reason?: string;
            /** @description Description sent by the external callback. */
            callback_description?: string;
            /**
             * Format: int64
             * @description When the external check after planning started, Unix seconds.
             */
            wait_for_finish_planning_external_check_time?: number;
            /**
             * Format: int64
             * @description When the external check before approval started, Unix seconds.
             */
            wait_for_approve_external_check_time?: number;
            /**
             * Format: int64
             * @description When the external check before execution started, Unix seconds.
             */
            wait_for_execute_external_check_time?: number;
            /**
             * Format: int64
             * @description When the external check after all jobs started, Unix seconds.
             */
            wait_for_all_done_external_check_time?: number;
        };
        /**
         * TextReleaseJobSpec
         * @description A manual step described in text. Not checked by the server; a missing `content` is the empty string.
         */
        TextReleaseJobSpec: {
            /** @description What to do (HTML). */
            content?: string;
            /** @description Remark. */
            remark?: string;
        };
        /**
         * WorkflowReleaseJobSpec
         * @description A workflow to run as a release job, with its inputs. Jobs not named in `inputs` are skipped.
         */
        WorkflowReleaseJobSpec: {
            /** @description Workflow key. */
            workflow_key: string;
            /** @description Project key of the workflow (the server looks the workflow up by key alone). */
            project_key?: string;
            /** @description Global variables. */
            parameters?: components["schemas"]["WorkflowParameter"][];
            /** @description Inputs of the workflow's jobs. */
            inputs?: components["schemas"]["WorkflowJobInput"][];
            /** @description Remark. */
            remark?: string;
        };
        /**
         * ReleasePlanJobInput
         * @description A release job to set on a plan; `type` says which spec it has. The server switches on `type` (`text` or `workflow`) and, for a workflow job, looks the workflow up by `spec.workflow_key`; nothing else is checked (`OpenAPIUpdateReleasePlanWithJobs`, `core/release_plan/service/openapi.go`).
         */
        ReleasePlanJobInput: {
            /** @description Job name (not checked by the server). */
            name?: string;
            /**
             * @description A manual step.
             * @constant
             */
            type: "text";
            spec?: components["schemas"]["TextReleaseJobSpec"];
        } | {
            /** @description Job name (not checked by the server). */
            name?: string;
            /**
             * @description A workflow run.
             * @constant
             */
            type: "workflow";
            spec: components["schemas"]["WorkflowReleaseJobSpec"];
        };
        /**
         * UpdateReleasePlanRequest
         * @description The whole plan with its jobs (`OpenAPIUpdateReleasePlanWithJobsArgs`). Although the method is PATCH the server replaces the plan: leaving out `approval` removes the approval, leaving out `jobs` removes every job, and the plan goes back to `planning`.
         */
        UpdateReleasePlanRequest: {
            /** @description Release plan name. */
            name: string;
            /** @description Release manager's account name. */
            manager: string;
            /** @description The manager's account type (`system` by default). */
            manager_identity_type?: string;
            /** @description Description (associated requirements). */
            description?: string;
            /**
             * Format: int64
             * @description Release window start, Unix seconds.
             */
            start_time?: number;
            /**
             * Format: int64
             * @description Release window end, Unix seconds.
             */
            end_time?: number;
            /**
             * Format: int64
             * @description Scheduled execution time, Unix seconds.
             */
            schedule_execute_time?: number;
            approval?: components["schemas"]["Approval"];
            /** @description Release jobs, in order. Jobs are matched to existing ones by type and name. */
            jobs?: components["schemas"]["ReleasePlanJobInput"][];
        };
        /**
         * ArtifactDeliveryVersion
         * @description A version as the aslan version list sends it (`DeliveryVersionV2` in the server), without its services. The docs' example shows an older, nested shape (`versionInfo`, `deployInfo`, ...) that current servers do not send.
         */
        ArtifactDeliveryVersion: {
            /** @description Version ID. */
            id: string;
            /** @description Version name. */
            version: string;
            /** @description Project key. */
            project_name: string;
            /** @description Environment the version was made from (sources `from_env` and `from_version`); empty otherwise. */
            env_name: string;
            /** @description Whether that environment is a production environment. */
            production: boolean;
            type: components["schemas"]["DeliveryVersionType"];
            source: components["schemas"]["DeliveryVersionSource"];
            /** @description Description. */
            desc: string;
            /** @description Labels. */
            labels: string[];
            /** @description ID of the image registry images are pushed to. */
            image_registry_id: string;
            /** @description Chart repository of the original version (source `from_version`, Helm projects). */
            original_chart_repo_name: string;
            /** @description Chart repository charts are pushed to (Helm projects). */
            chart_repo_name: string;
            /** @description Always empty in this list; the server leaves services out. Get them with `getRelease`. */
            services: components["schemas"]["DeliveryVersionService"][];
            status: components["schemas"]["DeliveryVersionStatus"];
            /** @description Delivery workflow that builds the version (`zadig-delivery-<project>-<version>`). */
            workflow_name: string;
            /**
             * Format: int64
             * @description Task of that workflow.
             */
            task_id: number;
            /** @description Error message when creation failed. */
            error: string;
            /** @description Creator; `<username>(OpenAPI)` for versions created through the OpenAPI. */
            created_by: string;
            /**
             * Format: int64
             * @description Creation time, Unix seconds.
             */
            created_at: number;
        };
        /**
         * ArtifactDeliveryVersionList
         * @description Versions, newest first. The total count is sent in the `X-Total` header, not in the body.
         */
        ArtifactDeliveryVersionList: components["schemas"]["ArtifactDeliveryVersion"][];
        /**
         * ArtifactType
         * @description Kind of delivered artifact (`DistributeType` in the server).
         * @enum {string}
         */
        ArtifactType: "image" | "file";
        /**
         * ArtifactActivityType
         * @description Kind of activity on an artifact. Current workflows record only `build`; the others come from older servers.
         * @enum {string}
         */
        ArtifactActivityType: "build" | "deploy" | "test" | "publish";
        /**
         * ArtifactActivityCommit
         * @description A code change an artifact was built from.
         */
        ArtifactActivityCommit: {
            /** @description Address of the code host. */
            address: string;
            /** @description Code host type, e.g. `gitlab`, `github`, `gerrit`. */
            source?: string;
            /** @description Repository owner (namespace). */
            repo_owner: string;
            /** @description Repository name. */
            repo_name: string;
            /** @description Branch. */
            branch: string;
            /** @description Pull/merge request number, when built from one. */
            pr?: number;
            /** @description Tag, when built from one. */
            tag?: string;
            /** @description Commit ID. */
            commit_id?: string;
            /** @description Commit message. */
            commit_message?: string;
            /** @description Commit author. */
            author_name?: string;
        };
        /**
         * ArtifactActivity
         * @description Something that happened to an artifact, e.g. the workflow task that built it.
         */
        ArtifactActivity: {
            type: components["schemas"]["ArtifactActivityType"];
            /** @description Free-form content. */
            content?: string;
            /** @description Path of the workflow task in the Zadig web UI. */
            url?: string;
            /** @description Code changes the artifact was built from. */
            commits?: components["schemas"]["ArtifactActivityCommit"][];
            /** @description Related issues. */
            issues?: string[];
            /** @description Kubernetes namespace (deploy activities). */
            namespace?: string;
            /** @description Environment name (deploy activities). */
            env_name?: string;
            /** @description Hosts published to (publish activities). */
            publish_hosts?: string[];
            /** @description Namespaces published to (publish activities). */
            publish_namespaces?: string[];
            /** @description Object storage key of the file (file artifacts). */
            remote_file_key?: string;
            /** @description Object storage the file was distributed to. */
            dist_storage_url?: string;
            /** @description Object storage the file came from. */
            src_storage_url?: string;
            /**
             * Format: int64
             * @description Start time, Unix seconds.
             */
            start_time?: number;
            /**
             * Format: int64
             * @description End time, Unix seconds.
             */
            end_time?: number;
            /** @description User who ran the activity. */
            created_by: string;
            /**
             * Format: int64
             * @description Creation time, Unix seconds.
             */
            created_time: number;
        };
        /**
         * ArtifactTrace
         * @description A delivered artifact with its activities (`DeliveryArtifactInfo` of the picket public router). The artifact's ID is not sent.
         */
        ArtifactTrace: {
            /** @description Artifact name; for images the image name, for files `<service module>_<service>`. */
            name: string;
            type: components["schemas"]["ArtifactType"];
            /**
             * @description What produced the artifact; `workflow_v4` for current workflows.
             * @example workflow_v4
             */
            source: string;
            /** @description Full image address (for files, the archived file name). */
            image?: string;
            /** @description Image hash (older artifacts). */
            image_hash?: string;
            /** @description Image tag (for files, the archived file name). */
            image_tag: string;
            /** @description Image digest, when the registry reported it. */
            image_digest?: string;
            /**
             * Format: int64
             * @description Image size in bytes, when the registry reported it.
             */
            image_size?: number;
            /** @description Image architecture, e.g. `amd64`. */
            architecture?: string;
            /** @description Image operating system, e.g. `linux`. */
            os?: string;
            /** @description Path of the archived file in object storage (file artifacts). */
            package_file_location?: string;
            /** @description Object storage endpoint and bucket of the file (file artifacts). */
            package_storage_uri?: string;
            /** @description User who ran the workflow that produced the artifact. */
            created_by: string;
            /**
             * Format: int64
             * @description Creation time, Unix seconds.
             */
            created_time: number;
            /** @description Activities of the artifact. */
            activities: components["schemas"]["ArtifactActivity"][];
            /** @description The same activities grouped by activity type (`build`, ...); left out when there are none. */
            sortedActivities?: {
                [key: string]: components["schemas"]["ArtifactActivity"][];
            };
        };
        /**
         * ClusterProvider
         * @description Where the cluster runs: `0` standard Kubernetes cluster, `1` Alibaba Cloud ACK, `2` Tencent Cloud TKE, `3` Huawei Cloud CCE, `4` Amazon EKS, `5` Tencent Cloud TKE Serverless, `6` Google Cloud GKE, `7` Microsoft Azure AKS.
         * @enum {integer}
         */
        ClusterProvider: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;
        /**
         * ClusterStatus
         * @description Connection status: `normal` (connected), `disconnected`, `pending` (an agent cluster whose agent has not connected yet) or `abnormal` (connection failing).
         * @enum {string}
         */
        ClusterStatus: "normal" | "disconnected" | "pending" | "abnormal";
        /**
         * ClusterType
         * @description How Zadig connects to the cluster: `agent` (an agent installed in the cluster connects to Zadig) or `kubeconfig` (Zadig connects directly with a kubeconfig). The local cluster (the one Zadig runs in) has no type: `""`. Source: the installer registers it without one (`AddLocalCluster` in `pkg/shared/client/aslan/multicluster.go`).
         * @enum {string}
         */
        ClusterType: "" | "agent" | "kubeconfig";
        /**
         * OpenAPICluster
         * @description A cluster as the OpenAPI sends it (`OpenAPICluster` in the server).
         */
        OpenAPICluster: {
            /** @description Cluster ID. */
            cluster_id: string;
            /** @description Cluster name. */
            name: string;
            /** @description Whether it is a production cluster. */
            production: boolean;
            /** @description Description. */
            description: string;
            provider: components["schemas"]["ClusterProvider"];
            /** @description Name of the provider. The server always sends the Chinese names (`标准 Kubernetes 集群`, `阿里云 ACK`, `腾讯云 TKE`, `华为云 CCE`, `Amazon EKS`, `腾讯云 TKE Serverless`, `谷歌云 GCP`, `微软云 AKS`). */
            provider_name: string;
            /** @description Creator; `system` for the local cluster, `<username>(openAPI)` for clusters created through the OpenAPI. */
            created_by: string;
            /**
             * Format: int64
             * @description Creation time, Unix seconds.
             */
            created_time: number;
            /** @description Whether it is the cluster Zadig itself runs in. */
            local: boolean;
            status: components["schemas"]["ClusterStatus"];
            type: components["schemas"]["ClusterType"];
            /** @description Projects that may use the cluster; `<all_projects>` stands for all; empty when none is set. Not in the docs. */
            project_names: string[];
        };
        /**
         * ClusterList
         * @description All clusters, or those a project may use.
         */
        ClusterList: components["schemas"]["OpenAPICluster"][];
        /**
         * CreateClusterRequest
         * @description A new cluster (`OpenAPICreateClusterRequest` in the server). The docs mark every field required; the server enforces only `name`, and fills the rest with zero values (see ERRATA.md). Zadig creates the cluster with default settings: a cluster-admin access role, workflow scheduling on, one `normal` scheduling strategy and a single DinD replica (4 CPU, 8 GiB).
         */
        CreateClusterRequest: {
            /** @description Cluster name: letters, digits and `-`, 1 to 100 characters (the server trims surrounding spaces first); unique among clusters. */
            name?: string;
            type?: components["schemas"]["ClusterType"];
            /** @description Kubeconfig of the cluster, needed for type `kubeconfig`; empty for `agent`. The OpenAPI never sends it back. */
            kube_config?: string;
            /** @description Whether it is a production cluster. `true` needs a Zadig Professional or Enterprise license. */
            production?: boolean;
            provider?: components["schemas"]["ClusterProvider"];
            /** @description Description. */
            description?: string;
            /** @description Projects that may use the cluster; `<all_projects>` for all of them. */
            project_names?: string[];
        };
        /**
         * CreatedCluster
         * @description The new cluster and the command that installs its agent (`OpenAPICreateClusterResponse` in the server).
         */
        CreatedCluster: {
            cluster: components["schemas"]["OpenAPICluster"] | null;
            /** @description `kubectl` command that installs the Zadig agent in the cluster. Only meaningful for type `agent`, but sent for every cluster. */
            agent_cmd: string;
        };
        /**
         * UpdateClusterRequest
         * @description New name, description and projects of a cluster. The server binds the body to its `OpenAPICluster` struct and uses only these three fields; other `OpenAPICluster` fields are ignored. The fields replace the current ones: an omitted `description` is cleared, omitted `project_names` remove every project. The server checks none of them (`OpenAPIUpdateCluster` in `core/system/service`, `UpdateCluster` in `core/common/service/kube`): send all three, an omitted `name` is stored empty (only a duplicate is rejected).
         */
        UpdateClusterRequest: {
            /** @description Cluster name; unique. */
            name?: string;
            /** @description Description. */
            description?: string;
            /** @description Projects that may use the cluster; `<all_projects>` for all of them. */
            project_names?: string[];
            /** @description Not in the docs: the server's `OpenAPICluster.ID`. */
            cluster_id?: string;
            /** @description Not in the docs: the server's `OpenAPICluster.Production`. */
            production?: boolean;
            /** @description Not in the docs: the server's `OpenAPICluster.Provider`. */
            provider?: number;
            /** @description Not in the docs: the server's `OpenAPICluster.ProviderName`. */
            provider_name?: string;
            /** @description Not in the docs: the server's `OpenAPICluster.CreatedBy`. */
            created_by?: string;
            /** @description Not in the docs: the server's `OpenAPICluster.CreatedTime`. */
            created_time?: number;
            /** @description Not in the docs: the server's `OpenAPICluster.Local`. */
            local?: boolean;
            /** @description Not in the docs: the server's `OpenAPICluster.Status`. */
            status?: string;
            /** @description Not in the docs: the server's `OpenAPICluster.Type`. */
            type?: string;
        };
        /**
         * ClusterIstioInstalled
         * @description Whether an `istiod` Deployment exists in any namespace of the cluster.
         */
        ClusterIstioInstalled: boolean;
        /**
         * ImageRegistryProvider
         * @description Image registry provider (`RegistryProvider` in the server): `acr` Alibaba Cloud ACR, `acr-enterprise` Alibaba Cloud ACR Enterprise, `tcr` Tencent Cloud TCR, `tcr-enterprise` Tencent Cloud TCR Enterprise, `swr` Huawei Cloud SWR, `ecr` Amazon ECR, `dockerhub` Docker Hub, `harbor` Harbor, `jfrog` JFrog Artifactory, `native` any other registry. The docs also list `nexus`, which the server does not know.
         * @enum {string}
         */
        ImageRegistryProvider: "acr" | "acr-enterprise" | "tcr" | "tcr-enterprise" | "swr" | "ecr" | "dockerhub" | "harbor" | "jfrog" | "native";
        /**
         * ImageRegistry
         * @description An image registry as the OpenAPI sends it (`OpenAPIRegistry` in the server); credentials are never sent.
         */
        ImageRegistry: {
            /** @description Image registry ID. */
            registry_id: string;
            /** @description Registry address, with protocol, e.g. `https://registry.example.com`. */
            address: string;
            provider: components["schemas"]["ImageRegistryProvider"];
            /** @description Region; meaningful for `ecr` only, empty otherwise. */
            region: string;
            /** @description Namespace (project) in the registry; may be empty for `ecr`. */
            namespace: string;
            /** @description Whether it is the default registry; exactly one registry is the default. */
            is_default: boolean;
        };
        /**
         * ImageRegistryList
         * @description All image registries.
         */
        ImageRegistryList: components["schemas"]["ImageRegistry"][];
        /**
         * CreateImageRegistryRequest
         * @description A new image registry (`OpenAPICreateRegistryReq` in the server). The server requires `address` (a valid URL) and `provider`, `namespace` unless the provider is `ecr`, and `region` when it is `ecr`; the docs mark more fields required (see ERRATA.md). Validation failures are answered with 500.
         */
        CreateImageRegistryRequest: {
            /** @description Registry address, with protocol, e.g. `https://registry.example.com`. */
            address: string;
            /**
             * @description Provider; see `ImageRegistryProvider`. Only these can be created through the OpenAPI: `acr`, `tcr`, `swr`, `ecr`, `dockerhub`, `harbor`, `native`.
             * @enum {string}
             */
            provider: "acr" | "tcr" | "swr" | "ecr" | "dockerhub" | "harbor" | "native";
            /** @description Region; required when `provider` is `ecr`. */
            region?: string;
            /** @description Namespace (project) in the registry; required unless `provider` is `ecr`. Surrounding spaces are trimmed. */
            namespace?: string;
            /** @description Make it the default registry (the current default stops being one). The first registry always becomes the default. */
            is_default?: boolean;
            /** @description Access key (user name) for the registry. Never sent back. */
            access_key?: string;
            /** @description Secret key (password or token) for the registry. Never sent back. */
            secret_key?: string;
            /** @description Whether to verify the registry's TLS certificate with `tls_cert`. */
            enable_tls?: boolean;
            /** @description TLS certificate (PEM), for `enable_tls`. Never sent back. */
            tls_cert?: string;
        };
        /**
         * UpdateImageRegistryRequest
         * @description New settings of an image registry (the server binds the body to `OpenAPIRegistry`). The fields replace the stored ones, so send them all: an omitted `address`, `provider` or (except for `ecr`) `namespace` fails validation (400). Credentials and TLS settings cannot be changed here and are kept.
         */
        UpdateImageRegistryRequest: {
            /** @description Image registry ID; ignored (the path's `id` is used). */
            registry_id?: string;
            /** @description Registry address, with protocol. */
            address?: string;
            provider?: components["schemas"]["ImageRegistryProvider"];
            /** @description Region; meaningful for `ecr` only. */
            region?: string;
            /** @description Namespace (project) in the registry; may be empty only for `ecr`. */
            namespace?: string;
            /** @description Make it the default registry (the current default stops being one). `false` is ignored for the current default registry, which stays the default. */
            is_default?: boolean;
        };
        /**
         * InsightOverview
         * @description Counts of the installation's main resources (`Overview` in the server), across all projects.
         */
        InsightOverview: {
            /** @description Number of projects. */
            project_count: number;
            /** @description Number of clusters. */
            cluster_count: number;
            /** @description Number of services. */
            service_count: number;
            /** @description Number of workflows (product workflows and custom workflows together). */
            workflow_count: number;
            /** @description Number of environments. */
            env_count: number;
            /** @description Number of delivery artifacts. */
            artifact_count: number;
        };
        /**
         * InsightDailyBuildStat
         * @description Builds of one day (`dashboardBuildDaily` in the server).
         */
        InsightDailyBuildStat: {
            /**
             * Format: date
             * @description The day, `YYYY-MM-DD`.
             */
            date: string;
            /** @description Successful builds that day. */
            success: number;
            /** @description Failed builds that day. */
            failure: number;
            /** @description Builds that day. */
            total: number;
        };
        /**
         * InsightBuildStatistics
         * @description Build counts for the period with a per-day breakdown (`dashboardBuild` in the server). The docs' comments swap `total` and `success`; `total` is the number of builds and `success` the number that succeeded.
         */
        InsightBuildStatistics: {
            /** @description Number of builds in the period (of the project, when `projectKey` is given). */
            total: number;
            /** @description Number of successful builds in the period. */
            success: number;
            /** @description One entry per day that has build statistics, oldest first. The server does not filter the days by `projectKey`: they count the builds of all projects. */
            data: components["schemas"]["InsightDailyBuildStat"][];
        };
        /**
         * InsightWeeklyDeployStat
         * @description Deployments of one week (`WeeklyDeployStat` in the server). The entries are sums over projects and environments, so `project_key` is left out and `production`, `rollback` and `update_time` are always `false` or 0.
         */
        InsightWeeklyDeployStat: {
            /** @description Project key; not sent in this summary. */
            project_key?: string;
            /** @description Whether the entry counts production environments only; always `false` here. */
            production: boolean;
            /** @description Successful deployments that week. */
            success: number;
            /** @description Rollbacks that week; always 0 here. */
            rollback: number;
            /** @description Failed deployments that week. */
            failed: number;
            /** @description Deployments that timed out that week. */
            timeout: number;
            /**
             * Format: date
             * @description First day (Monday) of the week, `YYYY-MM-DD`.
             */
            date: string;
            /**
             * Format: int64
             * @description When the week's statistics were recorded, Unix seconds; 0 for the current week.
             */
            create_time: number;
            /**
             * Format: int64
             * @description Last update of the statistics, Unix seconds; always 0 here.
             */
            update_time: number;
        };
        /**
         * InsightDeployStatistics
         * @description Deployment counts with a weekly breakdown (`DeployDashboard` in the server). The docs show daily entries with `failure` and `total`; the server sends weekly entries with `failed`, `timeout` and `rollback` and no per-entry total.
         */
        InsightDeployStatistics: {
            /** @description Number of deployments (test and production environments), of the project when `projectKey` is given. The server counts all time here; `startDate` and `endDate` only select the weekly entries. */
            total: number;
            /** @description Number of successful deployments, counted like `total`. */
            success: number;
            /** @description One entry per week recorded in the period, oldest first, then always one last entry for the current week so far (its `create_time` is 0). */
            data: components["schemas"]["InsightWeeklyDeployStat"][];
        };
        /**
         * InsightWeeklyTestStat
         * @description Test executions of one block of seven days (`DailyTestStat` in the server).
         */
        InsightWeeklyTestStat: {
            /**
             * Format: date
             * @description Last day of the block, `YYYY-MM-DD`.
             */
            date: string;
            /** @description Successful test executions. */
            success_count: number;
            /** @description Test executions that timed out. */
            timeout_count: number;
            /** @description Failed test executions. */
            failed_count: number;
        };
        /**
         * InsightTestStatistics
         * @description Test executions in the period with a weekly breakdown (`OpenAPITestStatResp` in the server).
         */
        InsightTestStatistics: {
            /** @description Number of test cases run in the period. */
            case_count: number;
            /** @description Number of test task executions in the period (successes plus failures). */
            exec_count: number;
            /** @description Number of successful test task executions in the period. */
            success_count: number;
            /**
             * Format: int64
             * @description Average duration of a test task execution, seconds; 0 when nothing ran.
             */
            average_runtime: number;
            /** @description The period's daily test statistics summed in blocks of seven days, oldest first, each dated by its last day; days left over after the last full block are not listed. When the period has seven days of statistics or fewer, one entry dated today sums them all. */
            data: components["schemas"]["InsightWeeklyTestStat"][];
        };
        /**
         * InsightDailyReleaseStat
         * @description Production deployments of one day (`DailyStat` in the server).
         */
        InsightDailyReleaseStat: {
            /**
             * Format: date
             * @description The day, `YYYY-MM-DD`.
             */
            date: string;
            /** @description Production deployments that day (including ones neither successful nor failed, e.g. cancelled). */
            total: number;
            /** @description Successful production deployments that day. */
            success_count: number;
            /** @description Failed or timed-out production deployments that day. */
            fail_count: number;
        };
        /**
         * InsightReleaseStatistics
         * @description Deployments to production environments in the period, with a per-day breakdown (`OpenAPIStatV2`).
         */
        InsightReleaseStatistics: {
            /** @description Number of production deployment jobs in the period. */
            total: number;
            /** @description Number of them that succeeded. */
            success_count: number;
            /** @description One entry per day with production deployments, in no particular order. */
            daily_stat: components["schemas"]["InsightDailyReleaseStat"][];
        };
        /**
         * RollbackContainer
         * @description A container of a service and its image (`OpenAPIContainer`).
         */
        RollbackContainer: {
            /** @description Container name. */
            name: string;
            /**
             * @description Container type; `init` for an init container, empty for an ordinary one.
             * @enum {string}
             */
            type: "" | "init";
            /** @description Full image address. */
            image: string;
            /** @description Image name; left out when empty. */
            image_name?: string;
        };
        /**
         * RollbackEnvService
         * @description A service of an environment as it was before or after a rollback (`OpenAPIEnvService`).
         */
        RollbackEnvService: {
            /** @description Service name. */
            service_name: string;
            /** @description Helm release name, for Helm Chart services; empty otherwise. */
            release_name: string;
            /** @description The service's containers and their images; `null` when it has none. */
            containers: components["schemas"]["RollbackContainer"][] | null;
            /** @description The rendered YAML, for K8s YAML services. */
            rendered_yaml: string;
            /** @description Values file, meant for Helm services; current servers always send an empty string. */
            values_yaml: string;
            /** @description Overridden values as a JSON string, for Helm and Helm Chart services. */
            override_values: string;
            /**
             * Format: int64
             * @description When the service was last updated, Unix seconds.
             */
            update_time: number;
        };
        /**
         * RollbackSaeApplication
         * @description An Alibaba Cloud SAE application as it was before or after a rollback (`OpenAPISaeApplication`).
         */
        RollbackSaeApplication: {
            /** @description Application name. */
            app_name: string;
            /** @description Application ID. */
            app_id: string;
            /** @description Image address. */
            image_url: string;
            /** @description Package address. */
            package_url: string;
            /** @description Number of instances. */
            instances: number;
        };
        /**
         * RollbackOperator
         * @description The user who made the rollback (`OpenAPIUserBriefInfo`).
         */
        RollbackOperator: {
            /** @description User ID. */
            uid: string;
            /** @description Account (login name). */
            account: string;
            /** @description User name (nickname). */
            name: string;
            /** @description Identity type, e.g. `system` for local accounts, or the login connector's ID. */
            identity_type: string;
        };
        /**
         * InsightRollbackRecord
         * @description One rollback of a service in an environment (`OpenAPIRollBackStat`). For Zadig environments `origin_service` and `update_service` are set and the SAE fields are `null`; for SAE environments it is the other way round. The docs' example leaves out `origin_sae_app` and `update_sae_app`; the server always sends them.
         */
        InsightRollbackRecord: {
            /** @description Project key. */
            project_key: string;
            /** @description Environment name. */
            env_name: string;
            /**
             * @description Environment type.
             * @enum {string}
             */
            env_type: "zadig" | "sae";
            /** @description Whether the environment is a production environment. */
            production: boolean;
            /**
             * @description How the rollback was made.
             * @enum {string}
             */
            operation_type: "zadig" | "sae" | "sae_change_order";
            /** @description Service name (application name for SAE). */
            service_name: string;
            /**
             * @description Service type.
             * @enum {string}
             */
            service_type: "k8s" | "helm" | "helm_chart" | "sae" | "vm";
            /** @description The service before the rollback; `null` for SAE environments. */
            origin_service: components["schemas"]["RollbackEnvService"] | null;
            /** @description The service after the rollback; `null` for SAE environments. */
            update_service: components["schemas"]["RollbackEnvService"] | null;
            /** @description The SAE application before the rollback; `null` for Zadig environments. */
            origin_sae_app: components["schemas"]["RollbackSaeApplication"] | null;
            /** @description The SAE application after the rollback; `null` for Zadig environments. */
            update_sae_app: components["schemas"]["RollbackSaeApplication"] | null;
            create_by: components["schemas"]["RollbackOperator"] | null;
            /**
             * Format: int64
             * @description Time of the rollback, Unix seconds.
             */
            create_time: number;
        };
        /**
         * InsightRollbackList
         * @description One page of environment rollbacks, newest first (`GetRollbackStatDetailResponse`).
         */
        InsightRollbackList: {
            /** @description Number of rollbacks that match the filters. */
            total: number;
            /** @description Rollbacks on this page; `null` when there are none. */
            data: components["schemas"]["InsightRollbackRecord"][] | null;
        };
        /**
         * UserBrief
         * @description A user as listed (`UserBriefInfo` in the server). The docs' table names the account field `accout` and leaves out `identity_type`; the server sends `account` and `identity_type`.
         */
        UserBrief: {
            /** @description User ID. */
            uid: string;
            /** @description Account (login) name. */
            account: string;
            /** @description Nickname (display name). */
            name: string;
            /** @description Account system the user comes from: `system` for local accounts, or the connector of an external one (`ldap`, `oauth`, `lark`, `dingtalk`, `workwx`, …). */
            identity_type: string;
            /**
             * Format: int64
             * @description Last login time, Unix seconds; 0 if the user never logged in.
             */
            last_login_time: number;
        };
        /**
         * UserList
         * @description One page of users (`UsersBriefResp`). The docs' table names the total `total`; the server (and the docs' example) send `total_count`.
         */
        UserList: {
            /** @description Users on this page, by account name. */
            users: components["schemas"]["UserBrief"][];
            /**
             * Format: int64
             * @description Number of users matching the filters (all pages). When filtering by `account` it is the number of accounts found (0 or 1, more with `identity_type=*`).
             */
            total_count: number;
        };
        /**
         * UserProfile
         * @description A user's details as the OpenAPI sends them (`OpenAPIGetUserResponse` in the server).
         */
        UserProfile: {
            /** @description User ID. */
            uid: string;
            /** @description Account (login) name. */
            account: string;
            /** @description Nickname (display name). */
            name: string;
            /** @description Account system the user comes from (`system`, `ldap`, `oauth`, …). */
            identity_type: string;
            /** @description Email address; empty if not set. */
            email: string;
            /** @description Phone number; empty if not set. */
            phone: string;
            /**
             * Format: int64
             * @description Last login time, Unix seconds; 0 if the user never logged in.
             */
            last_login_time: number;
        };
        /**
         * UserGroupSummary
         * @description A user group as listed (`UserGroupResp` in the server). The docs' table lists user fields (`uid`, `name`, `accout`) by mistake; the server and the docs' example send the fields below. The built-in group holding every user is of type `system` (named `all-users` on current installs).
         */
        UserGroupSummary: {
            /** @description User group ID (the `gid` of the role-binding operations). */
            id: string;
            /** @description User group name. */
            name: string;
            /** @description Description. */
            description: string;
            /**
             * @description `system` for the built-in all-users group, `custom` for groups created by users.
             * @enum {string}
             */
            type: "system" | "custom";
            /**
             * Format: int64
             * @description Number of users in the group (for the all-users group, the number of users in the system).
             */
            user_total: number;
            /** @description Names of the system-level roles bound to the group; `null` when none. Not in the docs. */
            system_role_names: string[] | null;
        };
        /**
         * UserGroupList
         * @description One page of user groups, most recently updated first.
         */
        UserGroupList: {
            /** @description User groups on this page. */
            group_list: components["schemas"]["UserGroupSummary"][];
            /**
             * Format: int64
             * @description Number of user groups matching `name` (all pages).
             */
            total: number;
        };
        /**
         * PermissionAction
         * @description One permission item (operation) of a resource (`Action` in the server's permission service).
         */
        PermissionAction: {
            /** @description The permission item's identifier, as used in a role's `actions` (e.g. `get_workflow`). */
            action: string;
            /** @description Display name of the permission item. The server sends the Chinese names it stores (`查看`, `新建`, …); the English docs show English ones. */
            alias: string;
        };
        /**
         * PermissionResourceDefinition
         * @description A resource of a project and the permission items defined for it (`ResourceDefinition` in the server).
         */
        PermissionResourceDefinition: {
            /**
             * @description The resource (operation object): `SprintManagement`, `Workflow`, `Environment`, `ProductionEnvironment`, `Service`, `ProductionService`, `Build`, `Test`, `Scan` or `Delivery`.
             * @example Workflow
             */
            resource: string;
            /** @description Display name of the resource. The server sends Chinese names (`工作流`, `测试环境`, …); the English docs show English ones. */
            alias: string;
            /** @description The resource's permission items. */
            rules: components["schemas"]["PermissionAction"][];
        };
        /**
         * PermissionResourceDefinitionList
         * @description The project resources and their permission items, in the server's fixed order (`SprintManagement` first, `Delivery` last).
         */
        PermissionResourceDefinitionList: components["schemas"]["PermissionResourceDefinition"][];
        /**
         * ProjectRoleType
         * @description `system` for the built-in roles every project gets (`project-admin`, `read-only`, `read-project-only` and the global role templates), `custom` for roles created in the project.
         * @enum {string}
         */
        ProjectRoleType: "system" | "custom";
        /**
         * ProjectRole
         * @description A role of a project as listed (`Role` in the server's `pkg/types`).
         */
        ProjectRole: {
            /** @description Role ID. */
            id: number;
            /** @description Role name; unique in the project. */
            name: string;
            /** @description Project key. */
            namespace: string;
            /** @description Description. */
            desc: string;
            type: components["schemas"]["ProjectRoleType"];
            /** @description Not in the docs: the server's `Role.GlobalReadOnly`. */
            global_read_only?: boolean;
        };
        /**
         * ProjectRoleList
         * @description A project's roles, custom roles first, then by ID.
         */
        ProjectRoleList: components["schemas"]["ProjectRole"][];
        /**
         * CreateProjectRoleRequest
         * @description A new project role (`CreateRoleReq` in the server). The project is taken from the `namespace` query parameter; the body's `namespace` is ignored. The server checks neither field (`CreateRoleReq` has no binding tags; `CreateRole` in `pkg/microservice/user/core/service/permission/role.go` only refuses a `name` taken by a global role and `actions` it does not know). Send `name`: the role is addressed by it; no `actions` makes a role without permissions.
         */
        CreateProjectRoleRequest: {
            /** @description Role name, unique in the project (at most 32 characters); it may not be the name of a global role template. */
            name?: string;
            /** @description Permission items the role grants (values from `listProjectResourceActions`). An unknown item fails the request. The production environment items, `get_production_service` and the version management items need a professional or enterprise license (error 7050 otherwise). */
            actions?: string[];
            /** @description Project key. The docs mark it required; the server ignores it and uses the query parameter. */
            namespace?: string;
            /** @description Description (at most 64 characters). Not in the docs. */
            desc?: string;
            /**
             * @description `system` creates a system role (which can then not be updated); anything else a custom role (the default). Not in the docs.
             * @enum {string}
             */
            type?: "system" | "custom";
            /** @description Whether the role also grants read-only access to every project. Not in the docs. */
            global_read_only?: boolean;
        };
        /**
         * ProjectRoleRule
         * @description The permission items a role grants on one resource (`ResourceAction` in the server's `pkg/types`).
         */
        ProjectRoleRule: {
            /** @description The resource, as in `listProjectResourceActions` (e.g. `Workflow`). */
            resource: string;
            /** @description Permission items granted on the resource, sorted (values from `listProjectResourceActions`). */
            verbs: string[];
        };
        /**
         * ProjectRoleDetail
         * @description A role with its permissions (`DetailedRole` in the server's `pkg/types`). Resources come in no particular order.
         */
        ProjectRoleDetail: {
            /** @description Role ID; 0 when no role of that name exists in the project. */
            id: number;
            /** @description Role name. */
            name: string;
            /** @description Project key. */
            namespace: string;
            /** @description Description. */
            desc: string;
            type: components["schemas"]["ProjectRoleType"];
            /** @description Permissions granted, grouped by resource. Empty for the built-in system roles, whose permissions come from a role template the server does not read here. */
            rules: components["schemas"]["ProjectRoleRule"][];
            /** @description Not in the docs: the server's `DetailedRole.GlobalReadOnly`. */
            global_read_only?: boolean;
        };
        /**
         * UpdateProjectRoleRequest
         * @description New permissions for a project role (`CreateRoleReq` in the server; `name` comes from the path, other fields are ignored). Not checked by the server; absent or empty `actions` leave the role without permissions.
         */
        UpdateProjectRoleRequest: {
            /** @description The permission items the role grants from now on: they replace the current ones, so an empty or missing list leaves the role without permissions. An unknown item fails the request. */
            actions?: string[];
            /** @description New description; an empty or missing one keeps the current description. Not in the docs. */
            desc?: string;
            /** @description Not in the docs: the server's `CreateRoleReq.Name`. */
            name?: string;
            /** @description Not in the docs: the server's `CreateRoleReq.Namespace`. */
            namespace?: string;
            /** @description Not in the docs: the server's `CreateRoleReq.Type`. */
            type?: string;
            /** @description Not in the docs: the server's `CreateRoleReq.GlobalReadOnly`. */
            global_read_only?: boolean;
        };
        /**
         * ProjectMemberUser
         * @description A user in a role binding (`BindingUserInfo` in the server). The docs' table names the fields `name` and `accout`; the server (and the docs' example) send `username` and `account`.
         */
        ProjectMemberUser: {
            /** @description Account system the user comes from (`system`, `ldap`, `oauth`, …). */
            identity_type: string;
            /** @description User ID. */
            uid: string;
            /** @description Account (login) name. */
            account: string;
            /** @description Nickname (display name). */
            username: string;
        };
        /**
         * ProjectMemberGroup
         * @description A user group in a role binding (`BindingGroupInfo` in the server).
         */
        ProjectMemberGroup: {
            /** @description User group ID. */
            group_id: string;
            /** @description User group name. */
            name: string;
            /** @description The group's users (every user for the all-users group). Not in the docs. */
            user_infos: components["schemas"]["ProjectMemberUser"][];
        };
        /**
         * ProjectMember
         * @description A user or user group with the roles it holds in the project (`RoleBindingResp` in the server). The server omits `user_info` for groups and `group_info` for users.
         */
        ProjectMember: {
            /**
             * @description `user` for a user (see `user_info`), `group` for a user group (see `group_info`).
             * @enum {string}
             */
            binding_type: "user" | "group";
            user_info?: components["schemas"]["ProjectMemberUser"] | null;
            group_info?: components["schemas"]["ProjectMemberGroup"] | null;
            /** @description Names of the roles bound to the member in the project, sorted. */
            roles: string[];
        };
        /**
         * ProjectMemberList
         * @description A project's members: users first, then user groups, each in no particular order. Members with several roles appear once.
         */
        ProjectMemberList: components["schemas"]["ProjectMember"][];
        /**
         * ProjectMemberIdentity
         * @description A user or user group to bind a role to (`Identity` in the server's `pkg/types`).
         */
        ProjectMemberIdentity: {
            /**
             * @description `user` (give `uid`) or `group` (give `gid`); any other value fails the request.
             * @enum {string}
             */
            identity_type: "user" | "group";
            /** @description User ID; required when `identity_type` is `user`. */
            uid?: string;
            /** @description User group ID; required when `identity_type` is `group`. */
            gid?: string;
        };
        /**
         * AddProjectMembersRequest
         * @description Users and user groups to add to a project with one role (`createRoleBindingReq` in the server). The server looks `role` up in the project (an unknown one fails) and checks each identity's `identity_type` (`user` or `group`), `CreateRoleBindings` in `pkg/microservice/user/core/service/permission`; `identities` may be empty.
         */
        AddProjectMembersRequest: {
            /** @description Name of a role of the project (see `listProjectRoles`); an unknown role fails the request. */
            role?: string;
            /** @description The users and user groups to bind the role to. */
            identities?: components["schemas"]["ProjectMemberIdentity"][];
        };
        /**
         * UpdateProjectMemberRolesRequest
         * @description The roles a user or user group holds in a project from now on (`updateRoleBindingForUserReq` in the server).
         */
        UpdateProjectMemberRolesRequest: {
            /** @description Role names. They replace the member's current roles in the project; names of roles the project does not have are skipped silently, and an empty or missing list removes all of the member's roles. */
            roles?: string[];
        };
        /**
         * CollaborationType
         * @description How members get a resource: `share` lets them use the existing workflow or environment, `new` gives each member a copy of their own.
         * @enum {string}
         */
        CollaborationType: "share" | "new";
        /**
         * CollaborationWorkflow
         * @description A workflow in a collaboration mode (`OpenAPICollaborationModeWorkflowItem`). Only custom workflows of the project can be named; an unknown name makes the server fail with 500. The server looks the workflow up by `name` (an unknown one fails the call) and copies `collaboration_type` and `verbs` unchecked (`OpenAPICreateCollaborationModeRequest` in `core/collaboration/handler/openapi.go`); absent `verbs` grant nothing.
         */
        CollaborationWorkflow: {
            /** @description Workflow key (identifier). */
            name?: string;
            collaboration_type?: components["schemas"]["CollaborationType"];
            /** @description What members may do with the workflow: `get_workflow`, `edit_workflow`, `run_workflow`, `debug_workflow` (the docs) and `rollback_workflow` (the server's own list). The server does not check the values. */
            verbs?: string[];
        };
        /**
         * CollaborationEnv
         * @description An environment in a collaboration mode (`OpenAPICollaborationModeEnvItem`). Not checked by the server (copied as given); absent `verbs` grant nothing.
         */
        CollaborationEnv: {
            /** @description Environment name. */
            name?: string;
            collaboration_type?: components["schemas"]["CollaborationType"];
            /** @description What members may do with the environment: `get_environment`, `config_environment`, `manage_environment`, `debug_pod` (the docs); the server's own list adds `restart_environment`, `rollback_environment` and, for production environments, `get_production_environment`, `config_production_environment`, `edit_production_environment`, `restart_production_environment`, `rollback_production_environment` and `production_debug_pod`. The server does not check the values. */
            verbs?: string[];
        };
        /**
         * CreateCollaborationModeRequest
         * @description A new collaboration mode of a project (`OpenAPICreateCollaborationModeRequest`). The server checks only that the project exists and that each workflow is a custom workflow of the project; `name` is not validated. The server checks `project_key` and `name` (`binding:"required"`; the project must exist).
         */
        CreateCollaborationModeRequest: {
            /** @description Project key; the project must exist (400 otherwise). */
            project_key: string;
            /** @description Collaboration mode name; unique in the project (creating an existing name fails with 500). */
            name: string;
            /** @description Days after which members' resources are recycled, 0 for never. Accepted but ignored by the server: the mode is created with 0. */
            recycle_day?: number;
            /** @description IDs of the users in the mode (not checked against the user service). */
            user_ids?: string[];
            /** @description IDs of the user groups in the mode (not checked against the user service). */
            group_ids?: string[];
            /** @description Custom workflows of the project the members work with. */
            workflows?: components["schemas"]["CollaborationWorkflow"][];
            /** @description Environments of the project the members work with. */
            envs?: components["schemas"]["CollaborationEnv"][];
        };
        /**
         * CLIUser
         * @description The user the API token belongs to (`CLIUser`); taken from the token's claims.
         */
        CLIUser: {
            /** @description User ID. */
            uid: string;
            /** @description User name (display name). */
            name: string;
            /** @description Account (login name). */
            account: string;
            /** @description Identity type, e.g. `system` for local accounts, or the login connector's ID (LDAP, OAuth…). */
            identity_type: string;
        };
        /**
         * CLIContext
         * @description What the server tells a client about the caller and itself (`CLIContextResponse`). Every caller gets `user` and `request_id`; only system administrators also get `edition`, `license_status`, `features` and `server_version`, so their absence means the token is valid but not an administrator's, not that the server is old. A client checks a token by calling this operation: 200 means the token works, 401 that it does not.
         */
        CLIContext: {
            user: components["schemas"]["CLIUser"];
            /**
             * @description Zadig edition from the license service, e.g. `basic`, `professional` or `enterprise`. System administrators only; left out when empty.
             * @example enterprise
             */
            edition?: string;
            /**
             * @description License status from the license service. `normal` means a valid license; the license service also reports `uninitialized`, `expired`, `version_mismatch` and `invalid_system`. System administrators only; left out when empty.
             * @example normal
             */
            license_status?: string;
            /** @description Features the license enables, e.g. `ai`, `sae`, `delivery`. System administrators only; left out when the list is empty (the server never sends `[]`). */
            features?: string[];
            /**
             * @description Version of the Zadig server (as the license service reports it), e.g. `5.0.0`. System administrators only; left out when empty.
             * @example 5.0.0
             */
            server_version?: string;
            /** @description ID of this request (a UUID the server generates), to quote when troubleshooting. */
            request_id: string;
        };
        /**
         * SystemOperationLog
         * @description One logged operation (`OpenAPIOperationLog`).
         */
        SystemOperationLog: {
            /** @description Who made the request; calls through the OpenAPI are often logged as `<name>(openAPI)`. */
            username: string;
            /** @description Project key; empty for system-level operations. */
            project_key: string;
            /** @description The operation, as the server records it (e.g. `新建`, `更新`, `删除`; the English docs show it translated). */
            method: string;
            /** @description The function, as the server records it (e.g. `工作流`, `工作流任务`; the English docs show it translated). */
            function: string;
            /** @description The kind of resource operated on, empty in older logs: `project`, `build`, `workflow`, `environment`, `service`, `test`, `scanning`, `version`, `system`, `sprint_management`. */
            scene: string;
            /** @description Names of the resources operated on (environment names when `scene` is `environment`); `null` in older logs. */
            targets: string[] | null;
            /** @description Detail, usually the name of the resource operated on. */
            detail: string;
            /** @description The request body, JSON or YAML as `body_type` says; the server masks sensitive values (tokens, passwords, secrets…). */
            request_body: string;
            /**
             * @description Format of `request_body`; empty in older logs.
             * @enum {string}
             */
            body_type: "" | "json" | "yaml";
            /** @description HTTP status code of the request. */
            status: number;
            /**
             * Format: int64
             * @description Time of the operation, Unix seconds.
             */
            created_at: number;
        };
        /**
         * SystemOperationLogList
         * @description One page of operation logs, newest first (`OpenAPIGetOperationLogsResponse`).
         */
        SystemOperationLogList: {
            /** @description Logs on this page. */
            operation_logs: components["schemas"]["SystemOperationLog"][];
            /** @description Number of logs that match the filters. */
            total: number;
        };
    };
    responses: {
        /** @description The request was invalid: a missing or malformed parameter, or a business rule the server enforces. Zadig answers codes in the 6000s and 7000s with this status too. Where a handler binds the body with gin's `BindJSON` (or `BindQuery`) and binding fails, the 400 has an empty body: gin aborts before Zadig writes its error (`c.AbortWithError`), so clients must not expect JSON on every 400. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "error",
                 *       "code": 400,
                 *       "message": "Bad Request",
                 *       "description": "invalid projectKey",
                 *       "extra": {}
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The API token is missing, malformed or expired. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "error",
                 *       "code": 401,
                 *       "message": "Unauthorized",
                 *       "description": "token is invalid",
                 *       "extra": {}
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The token's user lacks the permission this operation needs. Zadig sends this status with an empty body. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The resource does not exist. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "error",
                 *       "code": 404,
                 *       "message": "Not Found",
                 *       "description": "mongo: no documents in result",
                 *       "extra": {}
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The server failed while handling the request. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "error",
                 *       "code": 500,
                 *       "message": "Internal Error",
                 *       "description": "failed to query the database",
                 *       "extra": {}
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The operation succeeded. */
        Success: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "success"
                 *     }
                 */
                "application/json": components["schemas"]["SuccessMessage"];
            };
        };
    };
    parameters: {
        /** @description Number of items per page. Defaults to 20. */
        optionalPageSize: number;
        /** @description Page number, starting at 1. Defaults to 1. */
        optionalPageNum: number;
        /** @description Project key (the project's identifier). */
        projectKey: string;
        /** @description Workflow key (the workflow's identifier). */
        workflowKeyQuery: string;
        /** @description Project key. The docs mark it required; the server does not check it here (see the operation's description). */
        optionalProjectKey: string;
        /** @description Workflow task ID (the run's sequence number). */
        taskIdQuery: number;
        /** @description Workflow key (the workflow's identifier, `workflow_key`). The docs call this path parameter `workflowKey` or `workflowName`; the server names it `name`. */
        workflowNamePath: string;
        /** @description Page number, starting at 1. Defaults to 1. */
        taskPageNum: number;
        /** @description Number of tasks per page. The server defaults to 10 (the docs say 50). */
        taskPageSize: number;
        /** @description Task ID (the run's sequence number, `task_id`, as returned by the call that created the task). A value that is not an integer is answered with 400. */
        taskID: number;
        /** @description Workflow view name. The docs call this path parameter `viewName`; the server names it `name`. */
        viewNamePath: string;
        /** @description Workflow key (the workflow's identifier). */
        logWorkflowName: string;
        /** @description The job task's name, as `stages[].jobs[].name` in `getWorkflowTask` (e.g. `job-0-0-0-build`). The docs call it the JobTask key; the server matches the task's `name`. */
        logJobName: string;
        /** @description Environment key, the environment's identifier (e.g. `dev`; the docs call it `environmentKey`). The server's routes name this segment `:name` (`:envName` on the image routes); a path parameter's name is not sent, so the spec calls it `envName` throughout. */
        envName: string;
        /** @description Whether to also delete the environment's Kubernetes namespace and the services' resources. Must parse as a boolean; a missing or invalid value is refused. */
        isDelete: boolean;
        /** @description Production environment key, the environment's identifier (the docs call it `environmentKey`; the server's route names the segment `:name`). */
        productionEnvName: string;
        /** @description Service name, as in the project's service list (some server routes name this segment `:name`; a path parameter's name is not sent). */
        serviceName: string;
        /** @description Workload type of the service. Only read for environments of Helm Chart projects, where it selects which workload named like the service to show; ignored for K8s YAML projects. The docs spell it `workLoadtype` and mark it required. */
        workLoadType: "Deployment" | "StatefulSet" | "CronJob" | "Job";
        /** @description Environment key. */
        envNameQuery: string;
        /** @description Service name. */
        serviceNameQuery: string;
        /** @description Type of environment configuration. The server does not reject an empty value up front, but answers an empty or unknown type with an error (500). */
        envCfgType: "Ingress" | "ConfigMap" | "Secret" | "PVC";
        /** @description Name of the environment configuration (the Kubernetes object's name). */
        envCfgName: string;
        /** @description Pod name (see `listEnvironmentServicePods`). */
        podName: string;
        /** @description Environment name. The server routes this segment but ignores it: the environment is the body's `env_name`. Send the same name in both. */
        imageEnvName: string;
        /** @description The operation whose outcome to check: `enable` (sub environments were enabled) or `disable` (they were disabled). The server treats any value other than `enable` as `disable`. */
        shareEnvOp: "enable" | "disable";
        /** @description Name of a container of the pod. */
        containerName: string;
        /** @description Not in the docs. `true` lists the production service's labels, `false` the test service's; anything else (or leaving it out) lists the labels of both. */
        serviceLabelsProduction: boolean;
        /** @description `template` to send a build from a build template (`BuildFromTemplateRequest`); leave it out for a plain build (`BuildRequest`). The server picks the body's shape from this parameter alone. */
        source: "template";
        /** @description Build name. */
        buildName: string;
        /** @description Test name. */
        testName: string;
        /** @description Code scan name. */
        scanName: string;
        /** @description Page number, starting at 1. */
        pageNum: number;
        /** @description Number of items per page. */
        pageSize: number;
        /** @description Version ID. */
        releaseId: string;
        /** @description Release plan ID. */
        releasePlanId: string;
        /** @description Cluster ID (`cluster_id` in the cluster list). */
        clusterId: string;
        /** @description Image registry ID (`registry_id` in the registry list). A value that is not an ObjectID matches no filter and selects the first stored registry (see ERRATA.md). */
        registryId: string;
        /** @description Start of the period, Unix seconds. Defaults to 0 (no lower bound). The docs ask for `startDate` and `endDate` together: with only `startDate` the server compares against an end of 0 and finds nothing. */
        startDate: number;
        /** @description End of the period, Unix seconds. Defaults to 0; send it together with `startDate`. */
        endDate: number;
        /** @description Project key, to count only that project. Omit it for all projects. The docs name a `productNames` list; the server reads this single `projectKey` and ignores `productNames`. */
        statProjectKey: string;
        /** @description Start of the period, Unix seconds; non-zero and not after `endTime`. */
        startTime: number;
        /** @description End of the period, Unix seconds; non-zero, and at most 365 days after `startTime`. */
        endTime: number;
        /** @description Page number, starting at 1. The docs mark it required; the server returns every matching record when it is 0 or missing. */
        rollbackPageNum: number;
        /** @description Page number, starting at 1. The docs mark it required; the server does not check it, and a missing or 0 page number reads the first page. */
        userPageNum: number;
        /** @description Number of items per page. The docs mark it required; the server does not check it, but without it (or with 0) the page is empty while the total still counts every match, so always send it. */
        userPageSize: number;
        /** @description User ID (the `uid` listed by `listUsers`). */
        userUid: string;
        /** @description Project key (the project's identifier). An empty value is answered with 400 ("namespace is empty"). */
        policyNamespace: string;
        /** @description Role name. */
        policyRoleName: string;
        /** @description User ID (the `uid` listed by `listUsers`). */
        policyMemberUid: string;
        /** @description User group ID (the `id` listed by `listUserGroups`). */
        policyGroupGid: string;
        /** @description Collaboration mode name. */
        collaborationModeName: string;
        /** @description User name to look for, as a regular expression matched anywhere in the name (so `adm` finds `admin`). Only read when `searchType` is `user`; empty matches all. */
        operationLogUsername: string;
        /** @description Function to look for, as a regular expression matched anywhere in the function name (the names are the Chinese ones the server records, e.g. `工作流`). Only read when `searchType` is `function`. */
        operationLogFunction: string;
        /** @description HTTP status code of the logged request, matched exactly. Only read when `searchType` is `status`, and then required: a missing or non-numeric value is answered with 400; 0 matches all. */
        operationLogStatus: number;
        /** @description Number of logs per page; 0 means 50. The server needs an integer: a missing or non-numeric value is answered with 400 (code 6652). */
        operationLogPerPage: number;
        /** @description Page number, starting at 1; 0 means 1. The server needs an integer: a missing or non-numeric value is answered with 400 (code 6652). */
        operationLogPage: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listProjects: {
        parameters: {
            query?: {
                /** @description Number of items per page. Defaults to 20. */
                pageSize?: components["parameters"]["optionalPageSize"];
                /** @description Page number, starting at 1. Defaults to 1. */
                pageNum?: components["parameters"]["optionalPageNum"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of projects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createProject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProjectRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteProject: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
                /** @description Whether to also delete the Kubernetes namespaces and services of the project's environments. Must parse as a boolean (`true`, `false`, `1`, `0`, …); missing or invalid values are answered with 400. */
                isDelete: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    initYamlProject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InitProjectRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    initHelmProject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InitProjectRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getProject: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getProjectGlobalVariables: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's global variables. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectGlobalVariables"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listWorkflows: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
                /** @description Workflow view name; only the view's enabled workflows are listed. */
                viewName?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's workflows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createWorkflow: {
        parameters: {
            query?: {
                /** @description Workflow view to add the new workflow to (not in the docs). */
                viewName?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkflowDefinition"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteWorkflow: {
        parameters: {
            query: {
                /** @description Workflow key (the workflow's identifier). */
                workflowKey: components["parameters"]["workflowKeyQuery"];
                /** @description Project key. The docs mark it required; the server does not check it here (see the operation's description). */
                projectKey?: components["parameters"]["optionalProjectKey"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getWorkflowTask: {
        parameters: {
            query: {
                /** @description Workflow task ID (the run's sequence number). */
                taskId: components["parameters"]["taskIdQuery"];
                /** @description Workflow key (the workflow's identifier). */
                workflowKey: components["parameters"]["workflowKeyQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowTask"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    executeWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExecuteWorkflowRequest"];
            };
        };
        responses: {
            /** @description The task was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWorkflowTask"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    cancelWorkflowTask: {
        parameters: {
            query: {
                /** @description Workflow task ID (the run's sequence number). */
                taskId: components["parameters"]["taskIdQuery"];
                /** @description Workflow key (the workflow's identifier). */
                workflowKey: components["parameters"]["workflowKeyQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    approveWorkflowTask: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveWorkflowTaskRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workflow key (the workflow's identifier, `workflow_key`). The docs call this path parameter `workflowKey` or `workflowName`; the server names it `name`. */
                name: components["parameters"]["workflowNamePath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkflowDefinition"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getWorkflow: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Workflow key (the workflow's identifier, `workflow_key`). The docs call this path parameter `workflowKey` or `workflowName`; the server names it `name`. */
                name: components["parameters"]["workflowNamePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workflow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listWorkflowTasks: {
        parameters: {
            query?: {
                /** @description Project key. The docs mark it required; the server does not check it here (see the operation's description). */
                projectKey?: components["parameters"]["optionalProjectKey"];
                /** @description Page number, starting at 1. Defaults to 1. */
                pageNum?: components["parameters"]["taskPageNum"];
                /** @description Number of tasks per page. The server defaults to 10 (the docs say 50). */
                pageSize?: components["parameters"]["taskPageSize"];
            };
            header?: never;
            path: {
                /** @description Workflow key (the workflow's identifier, `workflow_key`). The docs call this path parameter `workflowKey` or `workflowName`; the server names it `name`. */
                name: components["parameters"]["workflowNamePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowTaskList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateWorkflowTaskRemark: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workflow key (the workflow's identifier, `workflow_key`). The docs call this path parameter `workflowKey` or `workflowName`; the server names it `name`. */
                name: components["parameters"]["workflowNamePath"];
                /** @description Task ID (the run's sequence number, `task_id`, as returned by the call that created the task). A value that is not an integer is answered with 400. */
                taskID: components["parameters"]["taskID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWorkflowTaskRemarkRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    retryWorkflowTask: {
        parameters: {
            query?: {
                /** @description Project key. The docs mark it required; the server does not check it here (see the operation's description). */
                projectKey?: components["parameters"]["optionalProjectKey"];
            };
            header?: never;
            path: {
                /** @description Workflow key (the workflow's identifier, `workflow_key`). The docs call this path parameter `workflowKey` or `workflowName`; the server names it `name`. */
                name: components["parameters"]["workflowNamePath"];
                /** @description Task ID (the run's sequence number, `task_id`, as returned by the call that created the task). A value that is not an integer is answered with 400. */
                taskID: components["parameters"]["taskID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getWorkflowTaskManualExecContext: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Workflow key (the workflow's identifier, `workflow_key`). The docs call this path parameter `workflowKey` or `workflowName`; the server names it `name`. */
                name: components["parameters"]["workflowNamePath"];
                /** @description Task ID (the run's sequence number, `task_id`, as returned by the call that created the task). A value that is not an integer is answered with 400. */
                taskID: components["parameters"]["taskID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stage waiting for manual execution. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowManualExecContext"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    executeWorkflowTaskManualStage: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Workflow key (the workflow's identifier, `workflow_key`). The docs call this path parameter `workflowKey` or `workflowName`; the server names it `name`. */
                name: components["parameters"]["workflowNamePath"];
                /** @description Task ID (the run's sequence number, `task_id`, as returned by the call that created the task). A value that is not an integer is answered with 400. */
                taskID: components["parameters"]["taskID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ManualExecWorkflowStageRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteProductWorkflow: {
        parameters: {
            query: {
                /** @description Workflow key (the workflow's identifier). */
                workflowKey: components["parameters"]["workflowKeyQuery"];
                /** @description Project key. The docs mark it required; the server does not check it here (see the operation's description). */
                projectKey?: components["parameters"]["optionalProjectKey"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    executeProductWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExecuteProductWorkflowRequest"];
            };
        };
        responses: {
            /** @description The task created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedProductWorkflowTask"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listProductWorkflowTasks: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
                /** @description Page number, from 1. Default 1. */
                pageNum?: number;
                /** @description Tasks per page. Default 10. */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Workflow key (the workflow's identifier, `workflow_key`). The docs call this path parameter `workflowKey` or `workflowName`; the server names it `name`. */
                name: components["parameters"]["workflowNamePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductWorkflowTaskBrief"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getProductWorkflowTask: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Workflow key (the workflow's identifier, `workflow_key`). The docs call this path parameter `workflowKey` or `workflowName`; the server names it `name`. */
                name: components["parameters"]["workflowNamePath"];
                /** @description Task ID (the run's sequence number, `task_id`, as returned by the call that created the task). A value that is not an integer is answered with 400. */
                taskID: components["parameters"]["taskID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductWorkflowTask"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listWorkflowViews: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's views. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowViewList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createWorkflowView: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkflowViewRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateWorkflowView: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Workflow view name. The docs call this path parameter `viewName`; the server names it `name`. */
                name: components["parameters"]["viewNamePath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWorkflowViewRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteWorkflowView: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Workflow view name. The docs call this path parameter `viewName`; the server names it `name`. */
                name: components["parameters"]["viewNamePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createWorkflowApprovalTicket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkflowApprovalTicketRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    streamWorkflowTaskJobLogs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workflow key (the workflow's identifier). */
                workflowName: components["parameters"]["logWorkflowName"];
                /** @description Task ID (the run's sequence number, `task_id`, as returned by the call that created the task). A value that is not an integer is answered with 400. */
                taskID: components["parameters"]["taskID"];
                /** @description The job task's name, as `stages[].jobs[].name` in `getWorkflowTask` (e.g. `job-0-0-0-build`). The docs call it the JobTask key; the server matches the task's `name`. */
                jobName: components["parameters"]["logJobName"];
                /** @description Number of past log lines to start with; a value that is not an integer means 10. */
                lines: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The log as a stream of server-sent events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example event:message
                     *     data:Cloning into '/workspace/multi-service-demo'...
                     *
                     *     event:message
                     *     data:build service1 done
                     */
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getWorkflowTaskJobLogs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workflow key (the workflow's identifier). */
                workflowName: components["parameters"]["logWorkflowName"];
                /** @description Task ID (the run's sequence number, `task_id`, as returned by the call that created the task). A value that is not an integer is answered with 400. */
                taskID: components["parameters"]["taskID"];
                /** @description The job task's name, as `stages[].jobs[].name` in `getWorkflowTask` (e.g. `job-0-0-0-build`). The docs call it the JobTask key; the server matches the task's `name`. */
                jobName: components["parameters"]["logJobName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job's log. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example Cloning into '/workspace/multi-service-demo'...
                     *     build service1 done
                     */
                    "text/plain": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listEnvironments: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The test environments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvironmentSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createEnvironment: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEnvironmentRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listProductionEnvironments: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The production environments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvironmentSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createProductionEnvironment: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProductionEnvironmentRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createHelmEnvironment: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateHelmEnvironmentRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getEnvironment: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Environment key, the environment's identifier (e.g. `dev`; the docs call it `environmentKey`). The server's routes name this segment `:name` (`:envName` on the image routes); a path parameter's name is not sent, so the spec calls it `envName` throughout. */
                envName: components["parameters"]["envName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The environment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvironmentDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateEnvironment: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Environment key, the environment's identifier (e.g. `dev`; the docs call it `environmentKey`). The server's routes name this segment `:name` (`:envName` on the image routes); a path parameter's name is not sent, so the spec calls it `envName` throughout. */
                envName: components["parameters"]["envName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEnvironmentRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteEnvironment: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
                /** @description Whether to also delete the environment's Kubernetes namespace and the services' resources. Must parse as a boolean; a missing or invalid value is refused. */
                isDelete: components["parameters"]["isDelete"];
            };
            header?: never;
            path: {
                /** @description Environment key, the environment's identifier (e.g. `dev`; the docs call it `environmentKey`). The server's routes name this segment `:name` (`:envName` on the image routes); a path parameter's name is not sent, so the spec calls it `envName` throughout. */
                envName: components["parameters"]["envName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getProductionEnvironment: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Production environment key, the environment's identifier (the docs call it `environmentKey`; the server's route names the segment `:name`). */
                envName: components["parameters"]["productionEnvName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The environment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvironmentDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateProductionEnvironment: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Production environment key, the environment's identifier (the docs call it `environmentKey`; the server's route names the segment `:name`). */
                envName: components["parameters"]["productionEnvName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProductionEnvironmentRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteProductionEnvironment: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Production environment key, the environment's identifier (the docs call it `environmentKey`; the server's route names the segment `:name`). */
                envName: components["parameters"]["productionEnvName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getEnvironmentService: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
                /** @description Workload type of the service. Only read for environments of Helm Chart projects, where it selects which workload named like the service to show; ignored for K8s YAML projects. The docs spell it `workLoadtype` and mark it required. */
                workLoadType?: components["parameters"]["workLoadType"];
            };
            header?: never;
            path: {
                /** @description Environment key, the environment's identifier (e.g. `dev`; the docs call it `environmentKey`). The server's routes name this segment `:name` (`:envName` on the image routes); a path parameter's name is not sent, so the spec calls it `envName` throughout. */
                envName: components["parameters"]["envName"];
                /** @description Service name, as in the project's service list (some server routes name this segment `:name`; a path parameter's name is not sent). */
                serviceName: components["parameters"]["serviceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service's resources. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvironmentServiceDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getProductionEnvironmentService: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
                /** @description Workload type of the service. Only read for environments of Helm Chart projects, where it selects which workload named like the service to show; ignored for K8s YAML projects. The docs spell it `workLoadtype` and mark it required. */
                workLoadType?: components["parameters"]["workLoadType"];
            };
            header?: never;
            path: {
                /** @description Production environment key, the environment's identifier (the docs call it `environmentKey`; the server's route names the segment `:name`). */
                envName: components["parameters"]["productionEnvName"];
                /** @description Service name, as in the project's service list (some server routes name this segment `:name`; a path parameter's name is not sent). */
                serviceName: components["parameters"]["serviceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service's resources. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvironmentServiceDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getEnvironmentServiceYaml: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
                /** @description Environment key. */
                envName: components["parameters"]["envNameQuery"];
                /** @description Service name. */
                serviceName: components["parameters"]["serviceNameQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service's YAML (several documents separated by `---`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example apiVersion: apps/v1
                     *     kind: Deployment
                     *     metadata:
                     *       creationTimestamp: null
                     *       labels:
                     *         app.kubernetes.io/instance: service1
                     *         app.kubernetes.io/name: yaml
                     *         env: dev
                     *       name: service1
                     *     spec:
                     *       replicas: 1
                     *       selector:
                     *         matchLabels:
                     *           app.kubernetes.io/instance: service1
                     *           app.kubernetes.io/name: yaml
                     *       strategy: {}
                     *       template:
                     *         metadata:
                     *           creationTimestamp: null
                     *           labels:
                     *             app.kubernetes.io/instance: service1
                     *             app.kubernetes.io/name: yaml
                     *         spec:
                     *           containers:
                     *           - command:
                     *             - /workspace/service1
                     *             image: koderover.tencentcloudcr.com/test/service1:20250722141750-112-main
                     *             imagePullPolicy: Always
                     *             name: service1
                     *             ports:
                     *             - containerPort: 20221
                     *               protocol: TCP
                     *             resources: {}
                     *     status: {}
                     *
                     *     ---
                     *     apiVersion: v1
                     *     kind: Service
                     *     metadata:
                     *       name: service1
                     *       labels:
                     *         app.kubernetes.io/name: yaml
                     *         app.kubernetes.io/instance: service1
                     *     spec:
                     *       type: NodePort
                     *       ports:
                     *         - protocol: TCP
                     *           port: 20221
                     *           targetPort: 20221
                     */
                    "text/plain": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    addEnvironmentServices: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddEnvironmentServicesRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteEnvironmentServices: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteEnvironmentServicesRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getProductionEnvironmentServiceYaml: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
                /** @description Environment key. */
                envName: components["parameters"]["envNameQuery"];
                /** @description Service name. */
                serviceName: components["parameters"]["serviceNameQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service's YAML (several documents separated by `---`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example apiVersion: apps/v1
                     *     kind: Deployment
                     *     metadata:
                     *       creationTimestamp: null
                     *       labels:
                     *         app.kubernetes.io/instance: service1
                     *         app.kubernetes.io/name: yaml
                     *         env: dev
                     *       name: service1
                     *     spec:
                     *       replicas: 1
                     *       selector:
                     *         matchLabels:
                     *           app.kubernetes.io/instance: service1
                     *           app.kubernetes.io/name: yaml
                     *       strategy: {}
                     *       template:
                     *         metadata:
                     *           creationTimestamp: null
                     *           labels:
                     *             app.kubernetes.io/instance: service1
                     *             app.kubernetes.io/name: yaml
                     *         spec:
                     *           containers:
                     *           - command:
                     *             - /workspace/service1
                     *             image: koderover.tencentcloudcr.com/test/service1:20250722141750-112-main
                     *             imagePullPolicy: Always
                     *             name: service1
                     *             ports:
                     *             - containerPort: 20221
                     *               protocol: TCP
                     *             resources: {}
                     *     status: {}
                     *
                     *     ---
                     *     apiVersion: v1
                     *     kind: Service
                     *     metadata:
                     *       name: service1
                     *       labels:
                     *         app.kubernetes.io/name: yaml
                     *         app.kubernetes.io/instance: service1
                     *     spec:
                     *       type: NodePort
                     *       ports:
                     *         - protocol: TCP
                     *           port: 20221
                     *           targetPort: 20221
                     */
                    "text/plain": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    addProductionEnvironmentServices: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddEnvironmentServicesRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteProductionEnvironmentServices: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteEnvironmentServicesRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getEnvironmentServiceValues: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
                /** @description Environment key. */
                envName: components["parameters"]["envNameQuery"];
                /** @description Service name. */
                serviceName: components["parameters"]["serviceNameQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The release's values, as YAML. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example a: b
                     *     c: d
                     *     fullnameOverride: service3
                     *     image:
                     *         repository: koderover.tencentcloudcr.com/test/service3
                     *         tag: 20250711170816-5-lilian01
                     *     imagePullSecretsName: default-registry-secret
                     *     port: 20223
                     *     replicaCount: 4
                     *     resources:
                     *         limits:
                     *             cpu: 20m
                     *             mem: 20Mi
                     *         requests:
                     *             cpu: 10m
                     *             mem: 10Mi
                     *     x: kk
                     */
                    "text/plain": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getProductionEnvironmentServiceValues: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
                /** @description Environment key. */
                envName: components["parameters"]["envNameQuery"];
                /** @description Service name. */
                serviceName: components["parameters"]["serviceNameQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The release's values, as YAML. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example a: b
                     *     c: d
                     *     fullnameOverride: service3
                     *     image:
                     *         repository: koderover.tencentcloudcr.com/test/service3
                     *         tag: 20250711170816-5-lilian01
                     *     imagePullSecretsName: default-registry-secret
                     *     port: 20223
                     *     replicaCount: 4
                     *     resources:
                     *         limits:
                     *             cpu: 20m
                     *             mem: 20Mi
                     *         requests:
                     *             cpu: 10m
                     *             mem: 10Mi
                     *     x: kk
                     */
                    "text/plain": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    addHelmEnvironmentServices: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Environment key, the environment's identifier (e.g. `dev`; the docs call it `environmentKey`). The server's routes name this segment `:name` (`:envName` on the image routes); a path parameter's name is not sent, so the spec calls it `envName` throughout. */
                envName: components["parameters"]["envName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddHelmEnvironmentServicesRequest"];
            };
        };
        responses: {
            /** @description The status of the environment after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvironmentUpdateStatus"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateEnvironmentServices: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Environment key, the environment's identifier (e.g. `dev`; the docs call it `environmentKey`). The server's routes name this segment `:name` (`:envName` on the image routes); a path parameter's name is not sent, so the spec calls it `envName` throughout. */
                envName: components["parameters"]["envName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEnvironmentServicesRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateProductionEnvironmentServices: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Production environment key, the environment's identifier (the docs call it `environmentKey`; the server's route names the segment `:name`). */
                envName: components["parameters"]["productionEnvName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEnvironmentServicesRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listEnvironmentConfigs: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
                /** @description Type of environment configuration. The server does not reject an empty value up front, but answers an empty or unknown type with an error (500). */
                type: components["parameters"]["envCfgType"];
            };
            header?: never;
            path: {
                /** @description Environment key, the environment's identifier (e.g. `dev`; the docs call it `environmentKey`). The server's routes name this segment `:name` (`:envName` on the image routes); a path parameter's name is not sent, so the spec calls it `envName` throughout. */
                envName: components["parameters"]["envName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The configurations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvironmentConfigSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createEnvironmentConfig: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Environment key, the environment's identifier (e.g. `dev`; the docs call it `environmentKey`). The server's routes name this segment `:name` (`:envName` on the image routes); a path parameter's name is not sent, so the spec calls it `envName` throughout. */
                envName: components["parameters"]["envName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEnvironmentConfigRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listProductionEnvironmentConfigs: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
                /** @description Type of environment configuration. The server does not reject an empty value up front, but answers an empty or unknown type with an error (500). */
                type: components["parameters"]["envCfgType"];
            };
            header?: never;
            path: {
                /** @description Production environment key, the environment's identifier (the docs call it `environmentKey`; the server's route names the segment `:name`). */
                envName: components["parameters"]["productionEnvName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The configurations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvironmentConfigSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createProductionEnvironmentConfig: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Production environment key, the environment's identifier (the docs call it `environmentKey`; the server's route names the segment `:name`). */
                envName: components["parameters"]["productionEnvName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEnvironmentConfigRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getEnvironmentConfig: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
                /** @description Type of environment configuration. The server does not reject an empty value up front, but answers an empty or unknown type with an error (500). */
                type: components["parameters"]["envCfgType"];
            };
            header?: never;
            path: {
                /** @description Environment key, the environment's identifier (e.g. `dev`; the docs call it `environmentKey`). The server's routes name this segment `:name` (`:envName` on the image routes); a path parameter's name is not sent, so the spec calls it `envName` throughout. */
                envName: components["parameters"]["envName"];
                /** @description Name of the environment configuration (the Kubernetes object's name). */
                cfgName: components["parameters"]["envCfgName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The configuration, under the key of its type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvironmentConfigDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteEnvironmentConfig: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
                /** @description Type of environment configuration. The server does not reject an empty value up front, but answers an empty or unknown type with an error (500). */
                type: components["parameters"]["envCfgType"];
            };
            header?: never;
            path: {
                /** @description Environment key, the environment's identifier (e.g. `dev`; the docs call it `environmentKey`). The server's routes name this segment `:name` (`:envName` on the image routes); a path parameter's name is not sent, so the spec calls it `envName` throughout. */
                envName: components["parameters"]["envName"];
                /** @description Name of the environment configuration (the Kubernetes object's name). */
                cfgName: components["parameters"]["envCfgName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getProductionEnvironmentConfig: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
                /** @description Type of environment configuration. The server does not reject an empty value up front, but answers an empty or unknown type with an error (500). */
                type: components["parameters"]["envCfgType"];
            };
            header?: never;
            path: {
                /** @description Production environment key, the environment's identifier (the docs call it `environmentKey`; the server's route names the segment `:name`). */
                envName: components["parameters"]["productionEnvName"];
                /** @description Name of the environment configuration (the Kubernetes object's name). */
                cfgName: components["parameters"]["envCfgName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The configuration, under the key of its type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvironmentConfigDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteProductionEnvironmentConfig: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
                /** @description Type of environment configuration. The server does not reject an empty value up front, but answers an empty or unknown type with an error (500). */
                type: components["parameters"]["envCfgType"];
            };
            header?: never;
            path: {
                /** @description Production environment key, the environment's identifier (the docs call it `environmentKey`; the server's route names the segment `:name`). */
                envName: components["parameters"]["productionEnvName"];
                /** @description Name of the environment configuration (the Kubernetes object's name). */
                cfgName: components["parameters"]["envCfgName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateEnvironmentConfig: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEnvironmentConfigRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateProductionEnvironmentConfig: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEnvironmentConfigRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getEnvironmentGlobalVariables: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Environment key, the environment's identifier (e.g. `dev`; the docs call it `environmentKey`). The server's routes name this segment `:name` (`:envName` on the image routes); a path parameter's name is not sent, so the spec calls it `envName` throughout. */
                envName: components["parameters"]["envName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The global variables. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvironmentGlobalVariable"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateEnvironmentGlobalVariables: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Environment key, the environment's identifier (e.g. `dev`; the docs call it `environmentKey`). The server's routes name this segment `:name` (`:envName` on the image routes); a path parameter's name is not sent, so the spec calls it `envName` throughout. */
                envName: components["parameters"]["envName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEnvironmentGlobalVariablesRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getProductionEnvironmentGlobalVariables: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Production environment key, the environment's identifier (the docs call it `environmentKey`; the server's route names the segment `:name`). */
                envName: components["parameters"]["productionEnvName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The global variables. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvironmentGlobalVariable"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateProductionEnvironmentGlobalVariables: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Production environment key, the environment's identifier (the docs call it `environmentKey`; the server's route names the segment `:name`). */
                envName: components["parameters"]["productionEnvName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEnvironmentGlobalVariablesRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listEnvironmentKubeEvents: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
                /** @description Environment name. */
                envName: string;
                /** @description Name of the involved object (`involvedObject.name`), e.g. a Deployment or Pod name. Not checked by the server (`OpenAPIListKubeEvents`); absent, it selects events whose object has an empty name, so the list is empty. */
                name?: string;
                /** @description Kind of the involved object (`involvedObject.kind`), e.g. `Deployment`, `StatefulSet`, `Pod`. Not checked by the server; absent, it selects events whose object has an empty kind, so the list is empty. */
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The object's events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvironmentKubeEventList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    scaleEnvironmentWorkload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnvironmentScaleRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listEnvironmentServicePods: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Environment key, the environment's identifier (e.g. `dev`; the docs call it `environmentKey`). The server's routes name this segment `:name` (`:envName` on the image routes); a path parameter's name is not sent, so the spec calls it `envName` throughout. */
                envName: components["parameters"]["envName"];
                /** @description Service name, as in the project's service list (some server routes name this segment `:name`; a path parameter's name is not sent). */
                serviceName: components["parameters"]["serviceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service's Pods. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicePodList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listProductionEnvironmentServicePods: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Environment key, the environment's identifier (e.g. `dev`; the docs call it `environmentKey`). The server's routes name this segment `:name` (`:envName` on the image routes); a path parameter's name is not sent, so the spec calls it `envName` throughout. */
                envName: components["parameters"]["envName"];
                /** @description Service name, as in the project's service list (some server routes name this segment `:name`; a path parameter's name is not sent). */
                serviceName: components["parameters"]["serviceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service's Pods. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicePodList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    restartEnvironmentPod: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Environment key, the environment's identifier (e.g. `dev`; the docs call it `environmentKey`). The server's routes name this segment `:name` (`:envName` on the image routes); a path parameter's name is not sent, so the spec calls it `envName` throughout. */
                envName: components["parameters"]["envName"];
                /** @description Pod name (see `listEnvironmentServicePods`). */
                podName: components["parameters"]["podName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pod is being restarted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    restartProductionEnvironmentPod: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Environment key, the environment's identifier (e.g. `dev`; the docs call it `environmentKey`). The server's routes name this segment `:name` (`:envName` on the image routes); a path parameter's name is not sent, so the spec calls it `envName` throughout. */
                envName: components["parameters"]["envName"];
                /** @description Pod name (see `listEnvironmentServicePods`). */
                podName: components["parameters"]["podName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pod is being restarted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    restartEnvironmentServicePod: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Environment key, the environment's identifier (e.g. `dev`; the docs call it `environmentKey`). The server's routes name this segment `:name` (`:envName` on the image routes); a path parameter's name is not sent, so the spec calls it `envName` throughout. */
                envName: components["parameters"]["envName"];
                /** @description Service name, as in the project's service list (some server routes name this segment `:name`; a path parameter's name is not sent). */
                serviceName: components["parameters"]["serviceName"];
                /** @description Pod name (see `listEnvironmentServicePods`). */
                podName: components["parameters"]["podName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pod is being restarted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    restartProductionEnvironmentServicePod: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Environment key, the environment's identifier (e.g. `dev`; the docs call it `environmentKey`). The server's routes name this segment `:name` (`:envName` on the image routes); a path parameter's name is not sent, so the spec calls it `envName` throughout. */
                envName: components["parameters"]["envName"];
                /** @description Service name, as in the project's service list (some server routes name this segment `:name`; a path parameter's name is not sent). */
                serviceName: components["parameters"]["serviceName"];
                /** @description Pod name (see `listEnvironmentServicePods`). */
                podName: components["parameters"]["podName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pod is being restarted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    restartEnvironmentService: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Environment key, the environment's identifier (e.g. `dev`; the docs call it `environmentKey`). The server's routes name this segment `:name` (`:envName` on the image routes); a path parameter's name is not sent, so the spec calls it `envName` throughout. */
                envName: components["parameters"]["envName"];
                /** @description Service name, as in the project's service list (some server routes name this segment `:name`; a path parameter's name is not sent). */
                serviceName: components["parameters"]["serviceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    restartProductionEnvironmentService: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Environment key, the environment's identifier (e.g. `dev`; the docs call it `environmentKey`). The server's routes name this segment `:name` (`:envName` on the image routes); a path parameter's name is not sent, so the spec calls it `envName` throughout. */
                envName: components["parameters"]["envName"];
                /** @description Service name, as in the project's service list (some server routes name this segment `:name`; a path parameter's name is not sent). */
                serviceName: components["parameters"]["serviceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateEnvironmentDeploymentImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Environment name. The server routes this segment but ignores it: the environment is the body's `env_name`. Send the same name in both. */
                envName: components["parameters"]["imageEnvName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImageUpdateRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateEnvironmentStatefulSetImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Environment name. The server routes this segment but ignores it: the environment is the body's `env_name`. Send the same name in both. */
                envName: components["parameters"]["imageEnvName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImageUpdateRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateEnvironmentCronJobImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Environment name. The server routes this segment but ignores it: the environment is the body's `env_name`. Send the same name in both. */
                envName: components["parameters"]["imageEnvName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImageUpdateRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateEnvironmentJobImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Environment name. The server routes this segment but ignores it: the environment is the body's `env_name`. Send the same name in both. */
                envName: components["parameters"]["imageEnvName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImageUpdateRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    checkSubEnvironmentWorkloadServices: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Environment key, the environment's identifier (e.g. `dev`; the docs call it `environmentKey`). The server's routes name this segment `:name` (`:envName` on the image routes); a path parameter's name is not sent, so the spec calls it `envName` throughout. */
                envName: components["parameters"]["envName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workloads without a Kubernetes Service. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubEnvironmentWorkloadList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    enableSubEnvironment: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Environment key, the environment's identifier (e.g. `dev`; the docs call it `environmentKey`). The server's routes name this segment `:name` (`:envName` on the image routes); a path parameter's name is not sent, so the spec calls it `envName` throughout. */
                envName: components["parameters"]["envName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    disableSubEnvironment: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Environment key, the environment's identifier (e.g. `dev`; the docs call it `environmentKey`). The server's routes name this segment `:name` (`:envName` on the image routes); a path parameter's name is not sent, so the spec calls it `envName` throughout. */
                envName: components["parameters"]["envName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    checkSubEnvironmentReady: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Environment key, the environment's identifier (e.g. `dev`; the docs call it `environmentKey`). The server's routes name this segment `:name` (`:envName` on the image routes); a path parameter's name is not sent, so the spec calls it `envName` throughout. */
                envName: components["parameters"]["envName"];
                /** @description The operation whose outcome to check: `enable` (sub environments were enabled) or `disable` (they were disabled). The server treats any value other than `enable` as `disable`. */
                op: components["parameters"]["shareEnvOp"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The readiness and its checks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubEnvironmentReadiness"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getSubEnvironmentPortalService: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Environment key, the environment's identifier (e.g. `dev`; the docs call it `environmentKey`). The server's routes name this segment `:name` (`:envName` on the image routes); a path parameter's name is not sent, so the spec calls it `envName` throughout. */
                envName: components["parameters"]["envName"];
                /** @description Service name, as in the project's service list (some server routes name this segment `:name`; a path parameter's name is not sent). */
                serviceName: components["parameters"]["serviceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry service as documented, or, from current servers, a bare success message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubEnvironmentPortalService"] | components["schemas"]["SuccessMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    setSubEnvironmentPortalService: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Environment key, the environment's identifier (e.g. `dev`; the docs call it `environmentKey`). The server's routes name this segment `:name` (`:envName` on the image routes); a path parameter's name is not sent, so the spec calls it `envName` throughout. */
                envName: components["parameters"]["envName"];
                /** @description Service name, as in the project's service list (some server routes name this segment `:name`; a path parameter's name is not sent). */
                serviceName: components["parameters"]["serviceName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubEnvironmentPortalServerList"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    streamContainerLogs: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
                /** @description Environment name (test or production). */
                envName: string;
                /** @description Number of lines from the end of the log to start with. The docs mark it required; the server uses 10 when it is missing or not a number. */
                tails?: number;
                /** @description Only lines from this long ago, as a Go duration such as `5m` or `1h` (at least one second). Not in the docs; an invalid duration is answered with 400. */
                since?: string;
            };
            header?: never;
            path: {
                /** @description Pod name (see `listEnvironmentServicePods`). */
                podName: components["parameters"]["podName"];
                /** @description Name of a container of the pod. */
                containerName: components["parameters"]["containerName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A stream of server-sent events named `message`, each carrying one log line as its data (plain text, not JSON). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example event:message
                     *     data:2024-02-08T12:00:01Z INFO starting service1 on :20211
                     *
                     *     event:message
                     *     data:2024-02-08T12:00:02Z INFO connected to redis
                     *
                     *     event:message
                     *     data:2024-02-08T12:00:05Z INFO GET /healthz 200
                     */
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listServices: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's test services. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceBrief"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listProductionServices: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's production services. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceBrief"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getService: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Service name, as in the project's service list (some server routes name this segment `:name`; a path parameter's name is not sent). */
                serviceName: components["parameters"]["serviceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateServiceConfig: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Service name, as in the project's service list (some server routes name this segment `:name`; a path parameter's name is not sent). */
                serviceName: components["parameters"]["serviceName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateServiceConfigRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteService: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Service name, as in the project's service list (some server routes name this segment `:name`; a path parameter's name is not sent). */
                serviceName: components["parameters"]["serviceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getProductionService: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Service name, as in the project's service list (some server routes name this segment `:name`; a path parameter's name is not sent). */
                serviceName: components["parameters"]["serviceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateProductionServiceConfig: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Service name, as in the project's service list (some server routes name this segment `:name`; a path parameter's name is not sent). */
                serviceName: components["parameters"]["serviceName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateServiceConfigRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteProductionService: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Service name, as in the project's service list (some server routes name this segment `:name`; a path parameter's name is not sent). */
                serviceName: components["parameters"]["serviceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listServiceLabels: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
                /** @description Not in the docs. `true` lists the production service's labels, `false` the test service's; anything else (or leaving it out) lists the labels of both. */
                production?: components["parameters"]["serviceLabelsProduction"];
            };
            header?: never;
            path: {
                /** @description Service name, as in the project's service list (some server routes name this segment `:name`; a path parameter's name is not sent). */
                serviceName: components["parameters"]["serviceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service's labels. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceLabel"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateServiceVariables: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Service name, as in the project's service list (some server routes name this segment `:name`; a path parameter's name is not sent). */
                serviceName: components["parameters"]["serviceName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateServiceVariablesRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateProductionServiceVariables: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Service name, as in the project's service list (some server routes name this segment `:name`; a path parameter's name is not sent). */
                serviceName: components["parameters"]["serviceName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateServiceVariablesRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createServiceFromYaml: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateServiceFromYamlRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createProductionServiceFromYaml: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateServiceFromYamlRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createServiceFromTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateServiceFromTemplateRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createProductionServiceFromTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateServiceFromTemplateRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createHelmServiceFromTemplate: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateHelmServiceFromTemplateRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createServiceFromRepo: {
        parameters: {
            query: {
                /** @description Name (alias) of the integrated code source. */
                codehostName: string;
                /** @description Repository name. The server accepts `repoUUID` instead in its check, but loads by `repoName` only, so a working call needs it. */
                repoName: string;
                /** @description Not in the current docs. Repository UUID; accepted by the server's check but not used for loading. */
                repoUUID?: string;
                /** @description Branch holding the service configuration. Required by the docs; the server does not check it. */
                branchName?: string;
                /** @description Git remote name, for Gerrit, Gitee and Gitee Enterprise; empty means `origin`. */
                remoteName?: string;
                /** @description Repository owner or organization. */
                repoOwner: string;
                /** @description GitHub or GitLab repository namespace; empty means `repoOwner`. */
                namespace?: string;
                /** @description `true` creates production services; anything else (default) test services. */
                production?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateServiceFromRepoRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createServiceFromRepoByCodehostId: {
        parameters: {
            query: {
                /** @description Repository name. The server accepts `repoUUID` instead in its check, but loads by `repoName` only, so a working call needs it. */
                repoName: string;
                /** @description Not in the current docs. Repository UUID; accepted by the server's check but not used for loading. */
                repoUUID?: string;
                /** @description Branch holding the service configuration. Required by the docs; the server does not check it. */
                branchName?: string;
                /** @description Git remote name, for Gerrit, Gitee and Gitee Enterprise; empty means `origin`. */
                remoteName?: string;
                /** @description Repository owner or organization. */
                repoOwner: string;
                /** @description GitHub or GitLab repository namespace; empty means `repoOwner`. */
                namespace?: string;
                /** @description `true` creates production services; anything else (default) test services. */
                production?: boolean;
            };
            header?: never;
            path: {
                /** @description Id of the integrated code source (Zadig › System Settings › Integration › Code Source). */
                codehostId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateServiceFromRepoRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createHelmService: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateHelmServiceRequest"];
            };
        };
        responses: {
            /** @description The services created and the charts that failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateHelmServiceResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listChartTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chart templates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChartTemplateList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listBuilds: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
                /** @description Page number, starting at 1. Defaults to 1. */
                pageNum?: components["parameters"]["optionalPageNum"];
                /** @description Number of items per page. Defaults to 20. */
                pageSize?: components["parameters"]["optionalPageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of builds. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuildList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateBuild: {
        parameters: {
            query?: {
                /** @description `template` to send a build from a build template (`BuildFromTemplateRequest`); leave it out for a plain build (`BuildRequest`). The server picks the body's shape from this parameter alone. */
                source?: components["parameters"]["source"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BuildRequest"] | components["schemas"]["BuildFromTemplateRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createBuild: {
        parameters: {
            query?: {
                /** @description `template` to send a build from a build template (`BuildFromTemplateRequest`); leave it out for a plain build (`BuildRequest`). The server picks the body's shape from this parameter alone. */
                source?: components["parameters"]["source"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BuildRequest"] | components["schemas"]["BuildFromTemplateRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteBuild: {
        parameters: {
            query: {
                /** @description Build name. */
                name: string;
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateBuildFromTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Build name. */
                name: components["parameters"]["buildName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BuildFromTemplateRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getBuild: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
                /** @description Service name. With `serviceModule`, selects a template build's service. The docs mark it required; the server does not. */
                serviceName?: string;
                /** @description Service component name. With `serviceName`, selects a template build's service. The docs mark it required; the server does not. */
                serviceModule?: string;
            };
            header?: never;
            path: {
                /** @description Build name. */
                name: components["parameters"]["buildName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The build. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuildDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createTestTask: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTestTaskRequest"];
            };
        };
        responses: {
            /** @description The task was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestTaskCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getTest: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Test name. */
                testName: components["parameters"]["testName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The test's runtime inputs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestInfo"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getTestTask: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Test name. */
                testName: components["parameters"]["testName"];
                /** @description Task ID (the run's sequence number, `task_id`, as returned by the call that created the task). A value that is not an integer is answered with 400. */
                taskID: components["parameters"]["taskID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The test task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestTaskDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createCodeScan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCodeScanRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createCodeScanTask: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Code scan name. */
                scanName: components["parameters"]["scanName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCodeScanTaskRequest"];
            };
        };
        responses: {
            /** @description The task was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeScanTaskCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getCodeScanTask: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Code scan name. */
                scanName: components["parameters"]["scanName"];
                /** @description Task ID (the run's sequence number, `task_id`, as returned by the call that created the task). A value that is not an integer is answered with 400. */
                taskID: components["parameters"]["taskID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The code scan task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeScanTaskDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listReleases: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
                /** @description Page number, starting at 1. */
                pageNum: components["parameters"]["pageNum"];
                /** @description Number of items per page. */
                pageSize: components["parameters"]["pageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of versions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryVersionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getRelease: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
                /** @description Version name. */
                versionName: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryVersionDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getReleaseById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Version ID. */
                id: components["parameters"]["releaseId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version (older shape). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegacyDeliveryVersionDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteRelease: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Version ID. */
                id: components["parameters"]["releaseId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createK8sRelease: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateK8sReleaseRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createHelmRelease: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateHelmReleaseRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    retryRelease: {
        parameters: {
            query: {
                /** @description Version ID. */
                id: string;
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listReleasePlans: {
        parameters: {
            query: {
                /** @description Page number, starting at 1. */
                pageNum: components["parameters"]["pageNum"];
                /** @description Number of items per page. */
                pageSize: components["parameters"]["pageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of release plans. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReleasePlanList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createReleasePlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReleasePlanRequest"];
            };
        };
        responses: {
            /** @description The plan was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedReleasePlan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getReleasePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Release plan ID. */
                id: components["parameters"]["releasePlanId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The release plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReleasePlan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateReleasePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Release plan ID. */
                id: components["parameters"]["releasePlanId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateReleasePlanRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listArtifactReleases: {
        parameters: {
            query?: {
                /** @description Project key. Empty lists the versions of all projects, which needs the system-level permission to view versions. */
                projectName?: string;
                /** @description Name of the workflow that built the version. On current servers this is the version's delivery workflow, `zadig-delivery-<project>-<version>`, not a build workflow. */
                workflowName?: string;
                /** @description Task ID of that workflow; 0 or empty matches any. A non-integer is answered with 400. */
                taskId?: number;
                /**
                 * @deprecated
                 * @description Service name. Documented as a filter, but the server reads it and ignores it.
                 */
                serviceName?: string;
                /** @description Only versions carrying this label (URL-encoded). Not in the docs. */
                label?: string;
                /** @description Page number, starting at 1. Without it (or 0) all matching versions are returned. Not in the docs. */
                page?: number;
                /** @description Versions per page, used only with `page`. Not in the docs. */
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching versions, newest first. */
            200: {
                headers: {
                    /** @description Number of versions matching the filters (before paging). */
                    "X-Total"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArtifactDeliveryVersionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getArtifactTrace: {
        parameters: {
            query: {
                /** @description Full image address as built, e.g. `registry.example.com/demo/nginx:20240424-1-main` (for file artifacts, the archived file name). */
                image: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The artifact and its activities. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArtifactTrace"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listClusters: {
        parameters: {
            query?: {
                /** @description Project key; only clusters the project may use are listed. Not in the docs. */
                projectName?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The clusters. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createCluster: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateClusterRequest"];
            };
        };
        responses: {
            /** @description The cluster was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedCluster"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateCluster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Cluster ID (`cluster_id` in the cluster list). */
                id: components["parameters"]["clusterId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateClusterRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteCluster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Cluster ID (`cluster_id` in the cluster list). */
                id: components["parameters"]["clusterId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    checkClusterIstio: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Cluster ID (`cluster_id` in the cluster list). */
                id: components["parameters"]["clusterId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whether Istio is installed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterIstioInstalled"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listRegistries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image registries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageRegistryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createRegistry: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateImageRegistryRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getRegistry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Image registry ID (`registry_id` in the registry list). A value that is not an ObjectID matches no filter and selects the first stored registry (see ERRATA.md). */
                id: components["parameters"]["registryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image registry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageRegistry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateRegistry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Image registry ID (`registry_id` in the registry list). A value that is not an ObjectID matches no filter and selects the first stored registry (see ERRATA.md). */
                id: components["parameters"]["registryId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateImageRegistryRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getInsightOverview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsightOverview"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getInsightBuildStatistics: {
        parameters: {
            query?: {
                /** @description Start of the period, Unix seconds. Defaults to 0 (no lower bound). The docs ask for `startDate` and `endDate` together: with only `startDate` the server compares against an end of 0 and finds nothing. */
                startDate?: components["parameters"]["startDate"];
                /** @description End of the period, Unix seconds. Defaults to 0; send it together with `startDate`. */
                endDate?: components["parameters"]["endDate"];
                /** @description Project key, to count only that project. Omit it for all projects. The docs name a `productNames` list; the server reads this single `projectKey` and ignores `productNames`. */
                projectKey?: components["parameters"]["statProjectKey"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Build counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsightBuildStatistics"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getInsightDeployStatistics: {
        parameters: {
            query?: {
                /** @description Start of the period, Unix seconds. Defaults to 0 (no lower bound). The docs ask for `startDate` and `endDate` together: with only `startDate` the server compares against an end of 0 and finds nothing. */
                startDate?: components["parameters"]["startDate"];
                /** @description End of the period, Unix seconds. Defaults to 0; send it together with `startDate`. */
                endDate?: components["parameters"]["endDate"];
                /** @description Project key, to count only that project. Omit it for all projects. The docs name a `productNames` list; the server reads this single `projectKey` and ignores `productNames`. */
                projectKey?: components["parameters"]["statProjectKey"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deployment counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsightDeployStatistics"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getInsightTestStatistics: {
        parameters: {
            query?: {
                /** @description Start of the period, Unix seconds. Defaults to 0 (no lower bound). The docs ask for `startDate` and `endDate` together: with only `startDate` the server compares against an end of 0 and finds nothing. */
                startDate?: components["parameters"]["startDate"];
                /** @description End of the period, Unix seconds. Defaults to 0; send it together with `startDate`. */
                endDate?: components["parameters"]["endDate"];
                /** @description Project key, to count only that project. Omit it for all projects. The docs name a `productNames` list; the server reads this single `projectKey` and ignores `productNames`. */
                projectKey?: components["parameters"]["statProjectKey"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Test counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsightTestStatistics"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getInsightReleaseStatistics: {
        parameters: {
            query: {
                /** @description Start of the period, Unix seconds; non-zero and not after `endTime`. */
                startTime: components["parameters"]["startTime"];
                /** @description End of the period, Unix seconds; non-zero, and at most 365 days after `startTime`. */
                endTime: components["parameters"]["endTime"];
                /** @description Project key, to count only that project. Omit it for all projects. The docs name a `productNames` list; the server reads this single `projectKey` and ignores `productNames`. */
                projectKey?: components["parameters"]["statProjectKey"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Production deployment counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsightReleaseStatistics"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listInsightRollbacks: {
        parameters: {
            query: {
                /** @description Project key; omit it for all projects. */
                projectKey?: string;
                /** @description Environment name; omit it for all environments. */
                envName?: string;
                /** @description Service (or SAE application) name; omit it for all services. */
                serviceName?: string;
                /** @description Start of the period, Unix seconds; non-zero and not after `endTime`. */
                startTime: components["parameters"]["startTime"];
                /** @description End of the period, Unix seconds; non-zero, and at most 365 days after `startTime`. */
                endTime: components["parameters"]["endTime"];
                /** @description Page number, starting at 1. The docs mark it required; the server returns every matching record when it is 0 or missing. */
                pageNum?: components["parameters"]["rollbackPageNum"];
                /** @description Number of items per page. */
                pageSize: components["parameters"]["pageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of rollbacks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsightRollbackList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description Page number, starting at 1. The docs mark it required; the server does not check it, and a missing or 0 page number reads the first page. */
                pageNum?: components["parameters"]["userPageNum"];
                /** @description Number of items per page. The docs mark it required; the server does not check it, but without it (or with 0) the page is empty while the total still counts every match, so always send it. */
                pageSize?: components["parameters"]["userPageSize"];
                /** @description Account name. The docs call it a keyword; the server matches it exactly (with `identity_type`) and returns at most one user (one per account system with `identity_type=*`). */
                account?: string;
                /** @description Account system of `account` (`system` by default; `ldap`, `lark`, `oauth`, `dingtalk`, `workwx`, … for external ones); `*` matches the account in every account system. Only read together with `account`. */
                identity_type?: string;
                /** @description Nickname fragment; lists users whose name contains it. Ignored with `account`. Not in the docs. */
                name?: string;
                /** @description Role names; lists users bound to any of them in `projectName` (system roles when `projectName` is empty). Repeat the parameter for several roles. Ignored with `account`. Not in the docs. */
                roles?: string[];
                /** @description Project key whose roles `roles` names; empty for system roles. Not in the docs. */
                projectName?: string;
                /** @description `true` lists only users with multi-factor authentication enabled, `false` only those without (not applied with `identity_type=*`). Not in the docs. */
                mfa_enabled?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID (the `uid` listed by `listUsers`). */
                uid: components["parameters"]["userUid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserProfile"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID (the `uid` listed by `listUsers`). */
                uid: components["parameters"]["userUid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listUserGroups: {
        parameters: {
            query?: {
                /** @description Page number, starting at 1. The docs mark it required; the server does not check it, and a missing or 0 page number reads the first page. */
                pageNum?: components["parameters"]["userPageNum"];
                /** @description Number of items per page. The docs mark it required; the server does not check it, but without it (or with 0) the page is empty while the total still counts every match, so always send it. */
                pageSize?: components["parameters"]["userPageSize"];
                /** @description Group name fragment; lists groups whose name contains it. Not in the docs. */
                name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of user groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserGroupList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listProjectResourceActions: {
        parameters: {
            query: {
                /** @description Project key. Only used for the permission check: the definitions are the same for every project. An empty value is answered with 400. */
                projectName: string;
                /** @description Project type: `pm` for a host (free) project, `k8s` for the others. `pm` leaves out the production resources and the `debug_pod` item; any other non-empty value leaves out `ssh_pm`; without it nothing is left out. The docs mark it required; the server does not. */
                envType?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resources and their permission items. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionResourceDefinitionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listProjectRoles: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). An empty value is answered with 400 ("namespace is empty"). */
                namespace: components["parameters"]["policyNamespace"];
                /** @description User ID; lists only the roles bound directly to this user in the project. Not in the docs. */
                uid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's roles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectRoleList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createProjectRole: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). An empty value is answered with 400 ("namespace is empty"). */
                namespace: components["parameters"]["policyNamespace"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProjectRoleRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getProjectRole: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). An empty value is answered with 400 ("namespace is empty"). */
                namespace: components["parameters"]["policyNamespace"];
            };
            header?: never;
            path: {
                /** @description Role name. */
                name: components["parameters"]["policyRoleName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The role. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectRoleDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateProjectRole: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). An empty value is answered with 400 ("namespace is empty"). */
                namespace: components["parameters"]["policyNamespace"];
            };
            header?: never;
            path: {
                /** @description Role name. */
                name: components["parameters"]["policyRoleName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProjectRoleRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteProjectRole: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). An empty value is answered with 400 ("namespace is empty"). */
                namespace: components["parameters"]["policyNamespace"];
            };
            header?: never;
            path: {
                /** @description Role name. */
                name: components["parameters"]["policyRoleName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listProjectMembers: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). An empty value is answered with 400 ("namespace is empty"). */
                namespace: components["parameters"]["policyNamespace"];
                /** @description User ID; lists only this user's roles in the project. An unknown ID fails with 500. Not with `gid` (400). Not in the docs. */
                uid?: string;
                /** @description User group ID; meant to list only this group. Not with `uid` (400). Not in the docs. Current servers fail with 500 when the group holds any role (see ERRATA.md), so avoid it. */
                gid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectMemberList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    addProjectMembers: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). An empty value is answered with 400 ("namespace is empty"). */
                namespace: components["parameters"]["policyNamespace"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddProjectMembersRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateProjectMemberRoles: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). An empty value is answered with 400 ("namespace is empty"). */
                namespace: components["parameters"]["policyNamespace"];
            };
            header?: never;
            path: {
                /** @description User ID (the `uid` listed by `listUsers`). */
                uid: components["parameters"]["policyMemberUid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProjectMemberRolesRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteProjectMember: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). An empty value is answered with 400 ("namespace is empty"). */
                namespace: components["parameters"]["policyNamespace"];
            };
            header?: never;
            path: {
                /** @description User ID (the `uid` listed by `listUsers`). */
                uid: components["parameters"]["policyMemberUid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateProjectUserGroupRoles: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). An empty value is answered with 400 ("namespace is empty"). */
                namespace: components["parameters"]["policyNamespace"];
            };
            header?: never;
            path: {
                /** @description User group ID (the `id` listed by `listUserGroups`). */
                gid: components["parameters"]["policyGroupGid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProjectMemberRolesRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteProjectUserGroupMember: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). An empty value is answered with 400 ("namespace is empty"). */
                namespace: components["parameters"]["policyNamespace"];
            };
            header?: never;
            path: {
                /** @description User group ID (the `id` listed by `listUserGroups`). */
                gid: components["parameters"]["policyGroupGid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createCollaborationMode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCollaborationModeRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteCollaborationMode: {
        parameters: {
            query: {
                /** @description Project key (the project's identifier). */
                projectKey: components["parameters"]["projectKey"];
            };
            header?: never;
            path: {
                /** @description Collaboration mode name. */
                name: components["parameters"]["collaborationModeName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getCliContext: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller and, for system administrators, the server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CLIContext"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listSystemOperationLogs: {
        parameters: {
            query: {
                /** @description Which filter to apply: `all` (none), `project` (`projectKey`), `user` (`username`), `function` (`function`) or `status` (`status`). Any other value is answered with 400. */
                searchType: "all" | "project" | "user" | "function" | "status";
                /** @description Project key to look for, as a regular expression matched anywhere in the project key (so `yaml` also finds `yaml-2`). Only read when `searchType` is `project`. */
                projectKey?: string;
                /** @description User name to look for, as a regular expression matched anywhere in the name (so `adm` finds `admin`). Only read when `searchType` is `user`; empty matches all. */
                username?: components["parameters"]["operationLogUsername"];
                /** @description Function to look for, as a regular expression matched anywhere in the function name (the names are the Chinese ones the server records, e.g. `工作流`). Only read when `searchType` is `function`. */
                function?: components["parameters"]["operationLogFunction"];
                /** @description HTTP status code of the logged request, matched exactly. Only read when `searchType` is `status`, and then required: a missing or non-numeric value is answered with 400; 0 matches all. */
                status?: components["parameters"]["operationLogStatus"];
                /** @description Number of logs per page; 0 means 50. The server needs an integer: a missing or non-numeric value is answered with 400 (code 6652). */
                perPage: components["parameters"]["operationLogPerPage"];
                /** @description Page number, starting at 1; 0 means 1. The server needs an integer: a missing or non-numeric value is answered with 400 (code 6652). */
                page: components["parameters"]["operationLogPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of operation logs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemOperationLogList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listEnvironmentOperationLogs: {
        parameters: {
            query: {
                /** @description Project key, matched exactly. The docs mark it required; the server does not check it, and without it lists the environment logs of all projects. */
                projectKey?: string;
                /** @description Environment name. The docs mark it required; the server does not check it, and without it lists the logs of all environments. */
                envName?: string;
                /** @description Which further filter to apply: `all` (none), `user` (`username`), `function` (`function`), `status` (`status`) or `detail` (`detail`). Any other value, `project` included, is answered with 400. */
                searchType: "all" | "user" | "function" | "status" | "detail";
                /** @description User name to look for, as a regular expression matched anywhere in the name (so `adm` finds `admin`). Only read when `searchType` is `user`; empty matches all. */
                username?: components["parameters"]["operationLogUsername"];
                /** @description Function to look for, as a regular expression matched anywhere in the function name (the names are the Chinese ones the server records, e.g. `工作流`). Only read when `searchType` is `function`. */
                function?: components["parameters"]["operationLogFunction"];
                /** @description HTTP status code of the logged request, matched exactly. Only read when `searchType` is `status`, and then required: a missing or non-numeric value is answered with 400; 0 matches all. */
                status?: components["parameters"]["operationLogStatus"];
                /** @description Detail to look for, as a regular expression matched anywhere in the log's detail. Only read when `searchType` is `detail`. */
                detail?: string;
                /** @description Number of logs per page; 0 means 50. The server needs an integer: a missing or non-numeric value is answered with 400 (code 6652). */
                perPage: components["parameters"]["operationLogPerPage"];
                /** @description Page number, starting at 1; 0 means 1. The server needs an integer: a missing or non-numeric value is answered with 400 (code 6652). */
                page: components["parameters"]["operationLogPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the environment's operation logs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemOperationLogList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
}

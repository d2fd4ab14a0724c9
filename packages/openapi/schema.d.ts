/**
 * Generated from spec/ by packages/openapi/scripts/generate.mjs. Do not edit; run `pnpm --filter @zadig-ts/openapi generate`.
 */

export interface paths {
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * DeliveryVersionType
         * @description The kind of project a version was made from.
         * @enum {string}
         */
        DeliveryVersionType: "K8SYaml" | "HelmChart";
        /**
         * DeliveryVersionSource
         * @description Where a version's services come from: `manual` (given in the request), `from_env` (an environment's running services) or `from_version` (an earlier version).
         * @enum {string}
         */
        DeliveryVersionSource: "manual" | "from_env" | "from_version";
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
         * DeliveryItemStatus
         * @description Push status of a chart or an image in a version (Zadig's task status, `config.Status` in the server); empty while nothing has been pushed.
         * @enum {string}
         */
        DeliveryItemStatus: "" | "disabled" | "created" | "running" | "passed" | "skipped" | "failed" | "timeout" | "cancelled" | "pause" | "waiting" | "queued" | "blocked" | "pending" | "changed" | "notRun" | "prepare" | "reject" | "distributed" | "wait_for_approval" | "debug_before" | "debug_after" | "unstable" | "wait_for_manual_error_handling";
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
         * DeliveryVersionCreateImage
         * @description An image to put in a new version. For `from_env` and `from_version` the server takes the source image from the environment or the original version and uses only `container_name`, `target_image`, `target_image_tag` and `push_image` from here.
         */
        DeliveryVersionCreateImage: {
            /** @description Container name; must match a container of the service. */
            container_name: string;
            /** @description Image name. */
            image_name: string;
            /** @description Full source image (source `manual`). */
            source_image?: string;
            /** @description Source image tag (source `manual`). */
            source_image_tag?: string;
            /** @description Full target image. */
            target_image: string;
            /** @description Target image tag. */
            target_image_tag: string;
            image_path?: components["schemas"]["ImagePath"];
            /** @description Whether to push the image to the version's image registry. */
            push_image: boolean;
        };
        /**
         * DeliveryVersionCreateService
         * @description A service to put in a new K8s YAML version.
         */
        DeliveryVersionCreateService: {
            /** @description Service name. */
            service_name: string;
            /** @description YAML of the service (used for sources `manual` and `from_version`). */
            yaml_content?: string;
            /** @description Images of the service. */
            images: components["schemas"]["DeliveryVersionCreateImage"][];
        };
        /**
         * CreateK8sReleaseRequest
         * @description A new version of a K8s YAML project (`OpenAPICreateK8SDeliveryVersionV2Request`).
         */
        CreateK8sReleaseRequest: {
            /** @description Project key. */
            project_key: string;
            /** @description Version name; unique in the project. */
            version_name: string;
            source: components["schemas"]["DeliveryVersionSource"];
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
            services: components["schemas"]["DeliveryVersionCreateService"][];
        };
        /**
         * HelmDeliveryVersionCreateService
         * @description A service to put in a new Helm Chart version.
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
            /** @description Images of the service; each needs `image_path`. */
            images: (components["schemas"]["DeliveryVersionCreateImage"] & {
                image_path: components["schemas"]["ImagePath"];
            })[];
        };
        /**
         * CreateHelmReleaseRequest
         * @description A new version of a Helm Chart project (`OpenAPICreateHelmDeliveryVersionV2Request`).
         */
        CreateHelmReleaseRequest: {
            /** @description Project key. */
            project_key: string;
            /** @description Version name; unique in the project. */
            version_name: string;
            source: components["schemas"]["DeliveryVersionSource"];
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
            chart_repo_name: string;
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
            type?: "native" | "lark" | "lark_intl" | "dingtalk" | "workwx";
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
            native_approval?: components["schemas"]["NativeApproval"];
            lark_approval?: components["schemas"]["LarkApproval"];
            dingtalk_approval?: components["schemas"]["DingTalkApproval"];
            /** @description Approval through WeCom (WeChat Work); not described by the docs. */
            workwx_approval?: Record<string, never>;
        };
        /**
         * CreateReleasePlanRequest
         * @description A new release plan (`OpenAPICreateReleasePlanArgs`).
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
            approval?: components["schemas"]["Approval"];
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
         * @description A manual step described in text.
         */
        TextReleaseJobSpec: {
            /** @description What to do (HTML). */
            content: string;
            /** @description Remark. */
            remark?: string;
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
         * @description A global variable of a workflow run.
         */
        WorkflowParameter: {
            /** @description Variable name. */
            name: string;
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
         * @description Inputs for one job of a workflow run; `parameters` depends on `job_type` (see the workflow docs).
         */
        WorkflowJobInput: {
            /** @description Job name in the workflow. */
            job_name: string;
            /** @description Job type, e.g. `zadig-build`, `zadig-deploy`, `zadig-test`. */
            job_type: string;
            /** @description Job inputs, such as `service_list`, `env_name`, `testing_list`. */
            parameters?: {
                [key: string]: unknown;
            };
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
         * @description A release job to set on a plan; `type` says which spec it has.
         */
        ReleasePlanJobInput: {
            /** @description Job name. */
            name: string;
            /**
             * @description A manual step.
             * @constant
             */
            type: "text";
            spec: components["schemas"]["TextReleaseJobSpec"];
        } | {
            /** @description Job name. */
            name: string;
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
    };
    responses: {
        /** @description The request was invalid: a missing or malformed parameter, or a business rule the server enforces. Zadig answers codes in the 6000s and 7000s with this status too. */
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
        /** @description Project key (the project's identifier). */
        projectKey: string;
        /** @description Page number, starting at 1. */
        pageNum: number;
        /** @description Number of items per page. */
        pageSize: number;
        /** @description Version ID. */
        releaseId: string;
        /** @description Release plan ID. */
        releasePlanId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
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
}

/**
 * Generated from @zadig-ts/openapi's openapi.json by packages/client/scripts/generate-secrets.mjs.
 * Do not edit; run `pnpm --filter @zadig-ts/client generate`.
 */
import type { TableOperationId } from './operations.js';

/**
 * Property names that hold a secret wherever they appear in an answer (the spec's `x-zadig-secret-names`).
 */
export const SECRET_NAMES: readonly string[] = ["access_key_secret","access_token","agent_secret","api_token","app_secret","auth_config","dingtalk_app_secret","dingtalk_token","grafana_token","hook_address","hook_secret","jira_personal_access_token","jira_token","kube_config","kubeconfig","meego_plugin_secret","oauth_token","password","ping_code_client_secret","pingcode_client_secret","private_access_token","private_key","secret_key","sonar_token","ssh_key","tapd_client_secret","token","workwx_token"];

/**
 * Properties that hold a secret when their object's `is_credential` is true (every property the spec marks
 * `x-zadig-secret-when: is_credential`), wherever they appear.
 */
export const CREDENTIAL_FIELDS: readonly string[] = ["default","default_value","value"];

/**
 * Secret paths of 2xx answers, one list per distinct set: segments joined by `/`, `[]` for any array item,
 * `*` for any key of a map; `value?is_credential` is secret only when its object's `is_credential` is true.
 */
export const SECRET_PATH_SETS: readonly (readonly string[])[] = [["parameters/[]/value?is_credential"],["secret_detail/yaml_data"],["inputs/[]/value?is_credential"],["notify_ctls/[]/dingding_webhook","notify_ctls/[]/feishu_webhook","notify_ctls/[]/weChat_webHook","params/[]/default?is_credential","params/[]/repo/oauth_token","params/[]/repo/password","params/[]/repo/private_access_token","params/[]/repo/ssh_key","params/[]/value?is_credential","stages/[]/jobs/[]/notify_ctls/[]/dingding_webhook","stages/[]/jobs/[]/notify_ctls/[]/feishu_webhook","stages/[]/jobs/[]/notify_ctls/[]/weChat_webHook","stages/[]/jobs/[]/service_modules/[]/code_info/[]/oauth_token","stages/[]/jobs/[]/service_modules/[]/code_info/[]/password","stages/[]/jobs/[]/service_modules/[]/code_info/[]/private_access_token","stages/[]/jobs/[]/service_modules/[]/code_info/[]/ssh_key"],["params/[]/default?is_credential","params/[]/repo/oauth_token","params/[]/repo/password","params/[]/repo/private_access_token","params/[]/repo/ssh_key","params/[]/value?is_credential","stages/[]/jobs/[]/spec/envs/[]/value?is_credential","stages/[]/jobs/[]/spec/inputs/[]/default?is_credential","stages/[]/jobs/[]/spec/inputs/[]/repo/oauth_token","stages/[]/jobs/[]/spec/inputs/[]/repo/password","stages/[]/jobs/[]/spec/inputs/[]/repo/private_access_token","stages/[]/jobs/[]/spec/inputs/[]/repo/ssh_key","stages/[]/jobs/[]/spec/inputs/[]/value?is_credential","stages/[]/jobs/[]/spec/repos/[]/oauth_token","stages/[]/jobs/[]/spec/repos/[]/password","stages/[]/jobs/[]/spec/repos/[]/private_access_token","stages/[]/jobs/[]/spec/repos/[]/ssh_key"]];

/** The operations whose answers hold marked secrets, each with its index in `SECRET_PATH_SETS`. */
export const SECRET_PATHS_OF: { readonly [K in TableOperationId]?: number } = {
  getBuild: 0,
  getEnvironmentConfig: 1,
  getProductionEnvironmentConfig: 1,
  getTest: 2,
  getWorkflow: 3,
  getWorkflowTask: 4,
};

import { flagsHelp } from '../../model/options.js';
import { API_FLAGS } from './args.js';

/** `zadigctl api --help`. */
export const API_HELP = `Call any path of the Zadig API, with the configured server and token.

Usage: zadigctl api [METHOD] <path> [flags]

  METHOD is GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS, in any case. Without it the method is GET;
  with -f/-F fields it stays GET (the fields its query) when the spec has a GET for the path, else it is
  the spec's write method for the path, or POST, said on stderr before sending (as with --input). Always
  GET with --paginate. The path is relative to the server and may carry a query string:
  /openapi/projects/project?pageSize=5

${flagsHelp(API_FLAGS)}

Fields: keys nest: a[b]=1 makes {"a":{"b":1}}, a[]=x appends to an array, a[][name]=x builds an array of
  objects, a[] alone an empty array. GET, HEAD and DELETE send the fields as query parameters (arrays repeat
  the key: a=x&a=y); other methods send them as a JSON body.
--paginate: pageNum counts up from the one given (default 1) with pageSize (default 100) until the items
  reach "total" or a page is empty or short; the items are the page's array property (list, projects, ...)
  or the body itself when it is an array. With --jq the filter runs once over the merged array.
--jq: strings print raw; other values as JSON, indented on a terminal or with -o json, one per line when
  piped or with -o raw.

When the server answers with an error status, its body is printed on stdout (not filtered by --jq)
and the error on stderr. Exit codes: 0 success, 1 error status or failed --jq, 2 usage error (also a jq
syntax error, found before anything is sent), 4 status 401/403 or no token, 5 network failure or timeout.

Examples:
  zadigctl api GET /openapi/projects/project -f pageSize=5
  zadigctl api '/openapi/projects/project?pageSize=5' --jq '.projects[].project_key'
  zadigctl api /openapi/projects/project --paginate --jq '.[].project_key'
  zadigctl api /openapi/delivery/releases -f projectKey=demo --paginate --jq length
  zadigctl api POST /openapi/projects/project -f project_name=Demo -f project_key=demo \\
      -f project_type=yaml -F is_public=false
  zadigctl api POST /openapi/collaborations -f project_key=demo -f name=team -F recycle_day=0 \\
      -f 'workflows[][name]=build' -f 'workflows[][collaboration_type]=share' \\
      -f 'workflows[][verbs][]=run_workflow'
  zadigctl api PUT /openapi/environments/dev/variable?projectKey=demo --input variables.yaml
  cat body.json | zadigctl api POST /openapi/system/cluster --input -
  zadigctl api DELETE '/openapi/projects/project?projectKey=demo&isDelete=true' -i
  zadigctl api GET /openapi/users --dry-run -H 'Accept-Language: en-US'
`;

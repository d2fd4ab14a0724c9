/** `zadigctl api --help`. */
export const API_HELP = `Call any path of the Zadig API, with the configured server and token.

Usage: zadigctl api [METHOD] <path> [flags]

  METHOD is GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS, in any case. Without it the method is GET,
  or POST when -f/-F fields or --input are given (GET with --paginate). The path is relative to the server and may carry a
  query string: /openapi/projects/project?pageSize=5

Request flags:
  -f, --raw-field <key=value>  a string field (repeatable)
  -F, --field <key=value>      a typed field: true, false, null and numbers become JSON values;
                               @file sends a file's content as a string, @- reads stdin (repeatable)
                               Keys nest: a[b]=1 makes {"a":{"b":1}}, a[]=x appends to an array,
                               a[][name]=x builds an array of objects, a[] alone an empty array.
                               GET, HEAD and DELETE send the fields as query parameters (arrays repeat
                               the key: a=x&a=y); other methods send them as a JSON body.
      --input <file|->         the request body from a file or stdin, YAML or JSON, sent as JSON;
                               fields then go to the query string
  -H, --header <Name: value>   an extra request header (repeatable); not Authorization: the token
                               comes from ZADIG_TOKEN or the profile only
  -X, --method <METHOD>        the method, as an alternative to the first argument

Response flags:
      --paginate               GET every page: pageNum counts up from the one given (default 1) with
                               pageSize (default 100) until the items reach "total" or a page is empty or
                               short; the page's array property (list, projects, ...) or the body itself
                               when it is an array. Prints the merged items as one JSON array.
  -q, --jq <filter>            filter the JSON response with jq (built in; jq need not be installed).
                               Strings print raw; other values as JSON, indented on a terminal or with
                               -o json, one per line when piped or with -o raw. With --paginate the filter
                               runs once over the merged array (--jq length counts every item).
  -i, --include                print the status line and response headers before the body
                               (for each page with --paginate)
      --silent                 do not print the response body
  -o, --output <format>        json (indented), yaml, raw (the body exactly as received) or table;
                               default: indented JSON for JSON bodies, the text as is otherwise
      --json <fields>          print only these fields of the object or of each item
      --dry-run                print the method, URL, headers (token redacted) and body; send nothing

Other global flags: --server, --profile, --mock (see \`zadigctl --help\`).

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

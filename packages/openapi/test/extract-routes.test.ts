// The route extractor of spec/tools (run by contributors against a clone of the server, not in CI) parses gin
// routers the way the server writes them; these fixtures are written for the test in that style.
import { describe, expect, it } from 'vitest';
import { diffStructs, structsOfSource } from '../../../spec/tools/diff-request-structs.mjs';
import { ginToOpenApi, routesOfSource } from '../../../spec/tools/extract-server-routes.mjs';

const ROUTER = `
package handler

type Router struct{}

func (*Router) Inject(router *gin.RouterGroup) {}

type OpenAPIRouter struct{}

// Inject mounts the OpenAPI routes.
func (*OpenAPIRouter) Inject(router *gin.RouterGroup) {
	envs := router.Group("")
	{
		envs.GET("", ListEnvs)
		envs.POST("/:name/service/:serviceName/restart", RestartService) // trailing comment
		/* a block comment with envs.GET("/ignored", Nothing) inside */
	}

	prod := router.Group("production", middleware.Audit())
	{
		prod.DELETE("/:name", middleware.Check, DeleteProductionEnv)
		pods := prod.Group("/:name/pods")
		{
			pods.GET("", ListPods)
		}
	}

	envs = router.Group("kube")
	{
		envs.GET("/events", ListEvents)
	}
}
`;

describe('the server route extractor', () => {
  it('follows groups, nested blocks and reassigned groups, and names each route by its last handler', () => {
    expect(routesOfSource(ROUTER, 'OpenAPIRouter', '/openapi/environments')).toEqual([
      { method: 'GET', path: '/openapi/environments', handler: 'ListEnvs' },
      {
        method: 'POST',
        path: '/openapi/environments/{name}/service/{serviceName}/restart',
        handler: 'RestartService',
      },
      { method: 'DELETE', path: '/openapi/environments/production/{name}', handler: 'DeleteProductionEnv' },
      { method: 'GET', path: '/openapi/environments/production/{name}/pods', handler: 'ListPods' },
      { method: 'GET', path: '/openapi/environments/kube/events', handler: 'ListEvents' },
    ]);
  });

  it('picks the Inject method of the named type only', () => {
    expect(routesOfSource(ROUTER, 'Router', '/api/environment')).toEqual([]);
    expect(routesOfSource(ROUTER, 'QualityRouter', '/openapi/quality')).toBeUndefined();
  });

  it('stops on a route-like line it does not understand instead of dropping it', () => {
    const odd = ROUTER.replace('envs.GET("", ListEnvs)', 'envs.Handle("GET", "", ListEnvs)');
    expect(() => routesOfSource(odd, 'OpenAPIRouter', '/openapi/environments', 'router.go')).toThrow(
      /router\.go: line \d+: route-like line not understood: envs\.Handle/,
    );
  });

  it('writes gin path parameters as OpenAPI ones', () => {
    expect(ginToOpenApi('/a/:name/b/*path')).toBe('/a/{name}/b/{path}');
  });
});

describe('the request struct differ', () => {
  const before = structsOfSource(`
type OpenAPICreateThingReq struct {
	// the thing's name
	Name      string \`json:"name"\`
	CodehostID int   \`json:"codehostID"\`
	Internal  string \`json:"-"\`
}

type helperStruct struct {
	Ignored string \`json:"ignored"\`
}
`);
  const after = structsOfSource(`
type OpenAPICreateThingReq struct {
	Name         string \`json:"name" binding:"required"\`
	CodehostName string \`json:"codehostName,omitempty"\`
}
`);

  it('reads the JSON fields and binding tags of OpenAPI request structs only', () => {
    expect([...before.keys()]).toEqual(['OpenAPICreateThingReq']);
    expect(Object.fromEntries(before.get('OpenAPICreateThingReq') ?? [])).toEqual({
      name: '',
      codehostID: '',
    });
  });

  it('reports removed, added and newly bound fields', () => {
    expect(diffStructs(before, after)).toEqual([
      {
        name: 'OpenAPICreateThingReq',
        removed: ['codehostID'],
        added: ['codehostName'],
        binding: [['name', '', 'required']],
      },
    ]);
    expect(diffStructs(after, after)).toEqual([]);
  });
});

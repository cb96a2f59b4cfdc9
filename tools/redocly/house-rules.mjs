// The spec's house rules, checked by Redocly on the split source so that a failure names the file
// and the line under openapi/. redocly.yaml switches them on, beside the configurable rules.
//
// - Types for our extensions, x-evidence and x-sdk, so that configurable rules (rule/... in
//   redocly.yaml) can assert on their fields.
// - house/declared-errors: every operation of the API declares 400, 401, 403, 429 and 500, and 404
//   when its path has a parameter; every error response carries the shared Error schema.
// - house/operation-sdk: every operation of the API declares its place in the resource client.
// - house/operation-safety: every operation of the API declares its safety class, x-safety: read,
//   write, destructive (deletes, cancellations, refunds, revocations) or fiscal (may stamp a CFDI).
//   The command line and the MCP server ask, refuse or hint from it. A GET is read and a DELETE
//   destructive: the class may add caution to a method, never take it away.
// - house/operation-mcp: x-mcp, where an operation has it, is `default`: the operation is one of
//   the curated tools `gigstack mcp` lists by default (the generator keeps them to 40 at most).
// - house/operation-example: every operation of the API shows an example of its success response
//   or of its request body (the shared error responses have theirs already). The mock answers
//   with these examples, so a list's example must also end a walk (tests/contract).
// Webhooks (what gigstack sends to you, named by event, not by path) answer none of these.

const ALWAYS_DECLARED = ['400', '401', '403', '429', '500'];
const SUCCESS = /^2\d\d$/;
const ERROR_SCHEMA = /(^|\/)Error\.yaml$|^#\/components\/schemas\/Error$/;

const XEvidence = {
  properties: {
    level: { type: 'string', enum: ['documented', 'vendor-client', 'inferred'] },
    source: { type: 'string' },
    reason: { type: 'string' },
    note: { type: 'string' },
  },
  required: ['level'],
};

// x-sdk.download: a method that fetches one of the links the operation returns (select: the
// query parameter that picks the file). x-sdk.pagination: "none" when a list-shaped answer
// must not be walked as pages.
const XSdkDownload = {
  properties: {
    method: { type: 'string' },
    select: { type: 'string' },
  },
  required: ['method', 'select'],
};

const XSdk = {
  properties: {
    resource: { type: 'string' },
    method: { type: 'string' },
    download: 'XSdkDownload',
    pagination: { type: 'string', enum: ['none'] },
  },
  required: ['resource', 'method'],
};

const SAFETY = ['read', 'write', 'destructive', 'fiscal'];

function withExtensions(types) {
  return {
    ...types,
    XEvidence,
    XSdk,
    XSdkDownload,
    Operation: {
      ...types.Operation,
      properties: {
        ...types.Operation.properties,
        'x-evidence': 'XEvidence',
        'x-sdk': 'XSdk',
        'x-safety': { type: 'string', enum: SAFETY },
      },
    },
  };
}

// The path template of the operation being visited, or null for a webhook. The path item sits at
// #/paths/<path> in the root file or at #/<path> in a path file: the last pointer segment.
function apiPath(ctx) {
  const location = ctx.parentLocations.PathItem;
  const segment = location ? location.pointer.split('/').pop() : '';
  const name = decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
  return name.startsWith('/') ? name : null;
}

function resolved(node, ctx) {
  return node && node.$ref ? ctx.resolve(node).node : node;
}

function onApiOperations(check) {
  return () => ({
    PathItem: {
      Operation(operation, ctx) {
        const path = apiPath(ctx);
        if (path !== null) check(operation, ctx, path);
      },
    },
  });
}

const DeclaredErrors = onApiOperations((operation, ctx, path) => {
  const responses = operation.responses || {};
  const expected = path.includes('{') ? [...ALWAYS_DECLARED, '404'] : ALWAYS_DECLARED;
  const missing = expected.filter((status) => !(status in responses));
  if (missing.length) {
    ctx.report({
      message: `Declare the error responses ${missing.join(', ')}: every operation has 400, 401, 403, 429 and 500, and 404 on a path with a parameter.`,
      location: ctx.location.child(['responses']).key(),
    });
  }
  for (const [status, raw] of Object.entries(responses)) {
    if (SUCCESS.test(status)) continue;
    const schema = (((resolved(raw, ctx) || {}).content || {})['application/json'] || {}).schema;
    if (!schema || !ERROR_SCHEMA.test(String(schema.$ref || ''))) {
      ctx.report({
        message: `The ${status} response must carry the shared Error schema (components/schemas/Error.yaml).`,
        location: ctx.location.child(['responses', status]).key(),
      });
    }
  }
});

const OperationSdk = onApiOperations((operation, ctx) => {
  if (!operation['x-sdk']) {
    ctx.report({
      message: 'Declare the place of the operation in the resource client: x-sdk: {resource: <dotted.path>, method: <snake_case>}.',
      location: ctx.location.key(),
    });
  }
});

// The class each HTTP method must have, where the method decides it.
const SAFETY_OF_METHOD = { get: 'read', delete: 'destructive' };

const OperationSafety = onApiOperations((operation, ctx) => {
  const safety = operation['x-safety'];
  if (!SAFETY.includes(safety)) {
    ctx.report({
      message: `Declare the safety class of the operation: x-safety: ${SAFETY.join(', ')} (fiscal when it may stamp a CFDI).`,
      location: safety === undefined ? ctx.location.key() : ctx.location.child(['x-safety']),
    });
    return;
  }
  const method = String(ctx.key).toLowerCase();
  const expected = SAFETY_OF_METHOD[method];
  if (expected && safety !== expected && !(method === 'delete' && safety === 'fiscal')) {
    ctx.report({
      message: `A ${method.toUpperCase()} is x-safety: ${expected}, not ${safety}.`,
      location: ctx.location.child(['x-safety']),
    });
  }
});

const OperationMcp = onApiOperations((operation, ctx) => {
  if ('x-mcp' in operation && operation['x-mcp'] !== 'default') {
    ctx.report({
      message: 'x-mcp is `default` (one of the tools `gigstack mcp` lists by default), or absent.',
      location: ctx.location.child(['x-mcp']),
    });
  }
});

const OperationExample = onApiOperations((operation, ctx) => {
  const media = [];
  for (const [status, raw] of Object.entries(operation.responses || {})) {
    if (SUCCESS.test(status)) media.push(...Object.values((resolved(raw, ctx) || {}).content || {}));
  }
  media.push(...Object.values((resolved(operation.requestBody, ctx) || {}).content || {}));
  if (!media.some((m) => m && (m.example !== undefined || m.examples !== undefined))) {
    ctx.report({
      message: 'Show an example of the success response or of the request body (example or examples on its media type).',
      location: ctx.location.key(),
    });
  }
});

export default function housePlugin() {
  return {
    id: 'house',
    rules: {
      oas3: {
        'declared-errors': DeclaredErrors,
        'operation-sdk': OperationSdk,
        'operation-example': OperationExample,
        'operation-safety': OperationSafety,
        'operation-mcp': OperationMcp,
      },
    },
    typeExtension: {
      oas3: withExtensions,
    },
  };
}

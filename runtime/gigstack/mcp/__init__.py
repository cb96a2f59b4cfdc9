"""`gigstack mcp`: an MCP server over the API's operations, in the `mcp` extra (gigstack[mcp]).

Its tools are generated from the spec (gigstack/mcp/_tools.py), one per operation, with hints from
each operation's safety class; this package serves them: which tools a server offers (_surface),
how they are listed (_listing), one call (_call), the server and its resources (_server), the HTTP
transport (_http) and the clients' configuration snippets (_config)."""

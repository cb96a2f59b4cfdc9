"""`gigstack completion bash|zsh|fish`: the script that makes the shell complete commands and
options (click's own completion, walking the same lazy tree)."""

from __future__ import annotations

import click

SHELLS = ("bash", "fish", "zsh")


@click.command(name="completion")
@click.argument("shell", type=click.Choice(SHELLS))
def completion(shell: str) -> None:
    """Print the completion script for SHELL. To install it:

    \b
      bash: eval "$(gigstack completion bash)"   (in ~/.bashrc)
      zsh:  eval "$(gigstack completion zsh)"    (in ~/.zshrc)
      fish: gigstack completion fish > ~/.config/fish/completions/gigstack.fish
    """
    from click.shell_completion import get_completion_class

    from ._root import cli

    found = get_completion_class(shell)
    if found is None:  # click knows the three shells offered above
        raise click.UsageError(f"no completion for {shell}")
    click.echo(found(cli, {}, "gigstack", "_GIGSTACK_COMPLETE").source())


__all__ = ["completion"]

import { isServer } from 'lit';

/**
 * Bind as `?disabled=${untilScript}` on a button that only our script can work (the walking
 * plan's timer, a print button). A server renders it disabled, so a pre-rendered page read
 * before the script runs, or where it never runs, does not offer a button that does
 * nothing; the button keeps its place, so nothing moves when it turns on.
 *
 * Turning it on takes `enableScriptButtons` in `firstUpdated`: hydration keeps the
 * server's attributes without writing the first client render's values (`false` here)
 * to the DOM. Once turned on, the DOM matches the binding's value and later renders
 * leave it alone. In a page rendered in the browser the binding is `false` from the start.
 */
export const untilScript: boolean = isServer;

/** Turns on the buttons under `root` matching `selector` that a server rendered disabled. */
export function enableScriptButtons(root: ParentNode, selector: string): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>(selector)) {
    button.disabled = false;
  }
}

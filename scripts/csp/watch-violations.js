// Served as a same-origin script (allowed by script-src 'self'): records every CSP
// violation, including Trusted Types ones, for scripts/csp-check.mjs to read.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
});

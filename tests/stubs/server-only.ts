// Next's server-only marker throws outside the react-server build; tests import server modules directly.
export {};

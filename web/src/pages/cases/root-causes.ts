/** The org's named root causes (P3), for filters and the case page. */
export interface RootCause {
  id: string;
  name: string;
}

// GET /root-causes is being added to the API (issue #9); until it lands there is nothing to list.
export function useRootCauses(): { available: boolean; items: RootCause[] } {
  return { available: false, items: [] };
}

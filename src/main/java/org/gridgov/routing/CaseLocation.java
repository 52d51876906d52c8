package org.gridgov.routing;

/**
 * Where a case belongs: its grid, community and township (any may be missing when the place is
 * outside every grid), and the units that verify results and make follow-up calls for it.
 */
record CaseLocation(String gridId, String communityId, String townshipId, String verifyGroupId,
    String followUpGroupId) {
}

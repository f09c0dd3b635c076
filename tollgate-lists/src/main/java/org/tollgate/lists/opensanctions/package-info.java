/**
 * OpenSanctions exports: FollowTheMoney entities as JSON lines ({@link
 * org.tollgate.lists.opensanctions.FtmJsonParser}) and {@code targets.simple.csv} ({@link
 * org.tollgate.lists.opensanctions.TargetsSimpleCsvParser}). OpenSanctions data is licensed CC BY-NC 4.0.
 */
package org.tollgate.lists.opensanctions;

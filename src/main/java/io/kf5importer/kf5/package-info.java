/**
 * How tickets are sent: the KF5 apiv2 client on OkHttp, its request bodies, the shared throttle, and the
 * classification of every failure as permanent, transient, ambiguous or fatal.
 */
package io.kf5importer.kf5;

/**
 * What the target KF5 account holds — groups and their agents, users, ticket fields — fetched once per run, so that
 * names in a source (an agent, a group, a requester's email, a custom field's label) become the account's ids.
 */
package io.kf5importer.account;

// The Key Vault that holds the webhook secret and the API keys; the app reads them through Key
// Vault references with its identity (RBAC, no access policies).
param name string
param location string
param tags object

@description('The app identity: granted Key Vault Secrets User.')
param appPrincipalId string

@description('Optional: a person granted Key Vault Secrets Officer, to rotate the secrets.')
param administratorPrincipalId string = ''

@secure()
@description('Secrets to store: secret name → value.')
param secrets object

var secretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var secretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    // A deleted vault or secret (the applicant key, the API keys) cannot be purged before its
    // retention ends, by mistake or by an intruder: the IIN index and tracking codes depend on them.
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource secretValues 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = [for secret in items(secrets): {
  parent: vault
  name: secret.key
  properties: { value: secret.value }
}]

resource appReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, appPrincipalId, secretsUser)
  scope: vault
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUser)
  }
}

resource administratorRotatesSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(administratorPrincipalId)) {
  name: guid(vault.id, administratorPrincipalId, secretsOfficer)
  scope: vault
  properties: {
    principalId: administratorPrincipalId
    principalType: 'User'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsOfficer)
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri

// The Function App on Flex Consumption (.NET 10 isolated), with an always-ready instance for the
// durable group so that appeals keep moving when no HTTP traffic wakes the app. Storage and
// monitoring through the user-assigned identity; secrets only as Key Vault references.
param name string
param planName string
param location string
param tags object
param identityId string
param identityClientId string
param storageAccountName string
param deploymentContainerUrl string
param applicationInsightsConnectionString string
param keyVaultUri string
param apiKeyRoles array
param taskHubName string

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

var storageSettings = [
  { name: 'AzureWebJobsStorage__accountName', value: storageAccountName }
  { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
  { name: 'AzureWebJobsStorage__clientId', value: identityClientId }
  { name: 'AzureWebJobsStorage__blobServiceUri', value: 'https://${storageAccountName}.blob.${environment().suffixes.storage}' }
  { name: 'AzureWebJobsStorage__queueServiceUri', value: 'https://${storageAccountName}.queue.${environment().suffixes.storage}' }
  { name: 'AzureWebJobsStorage__tableServiceUri', value: 'https://${storageAccountName}.table.${environment().suffixes.storage}' }
]

var receptionSettings = [
  { name: 'TaskHubName', value: taskHubName }
  { name: 'AZURE_FUNCTIONS_ENVIRONMENT', value: 'Production' }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: applicationInsightsConnectionString }
  { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'ClientId=${identityClientId};Authorization=AAD' }
  { name: 'Reception__Clock__DayLength', value: '1.00:00:00' }
  { name: 'Reception__Auth__EgovWebhookSecret', value: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/egov-webhook-secret/)' }
  { name: 'Reception__Privacy__ApplicantKeySecret', value: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/applicant-key-secret/)' }
]

var keySettings = [for role in apiKeyRoles: {
  name: 'Reception__Auth__Keys__${role}__0'
  value: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/api-key-${role}/)'
}]

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: concat(storageSettings, receptionSettings, keySettings)
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: 40
        instanceMemoryMB: 2048
        alwaysReady: [
          { name: 'durable', instanceCount: 1 }
        ]
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

resource ftpOff 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: { allow: false }
}

resource scmBasicAuthOff 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'scm'
  properties: { allow: false }
}

output name string = site.name
output uri string = 'https://${site.properties.defaultHostName}'

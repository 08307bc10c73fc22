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

@description('Client id of the Entra ID app registration for staff sign-in; empty leaves sign-in off.')
param entraClientId string = ''

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
  // Every message to an applicant names their page: the app's own address (a custom domain: change it here).
  { name: 'Reception__PublicBaseUrl', value: 'https://${name}.azurewebsites.net' }
  { name: 'Reception__Auth__EgovWebhookSecret', value: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/egov-webhook-secret/)' }
  { name: 'Reception__Privacy__ApplicantKeySecret', value: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/applicant-key-secret/)' }
  // The API trusts the platform's X-MS-CLIENT-PRINCIPAL only where the platform's sign-in is on (below).
  { name: 'Reception__Auth__TrustPlatformPrincipal', value: empty(entraClientId) ? 'false' : 'true' }
]

var signInSettings = empty(entraClientId) ? [] : [
  { name: 'MICROSOFT_PROVIDER_AUTHENTICATION_SECRET', value: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/entra-client-secret/)' }
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
      appSettings: concat(storageSettings, receptionSettings, keySettings, signInSettings)
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

// Staff sign in with Microsoft Entra ID through App Service Authentication; the app roles of the
// registration are our roles. Anonymous requests still reach the app: the e-gov portal and the call
// centre use API keys, the applicant's page needs no sign-in, and the API answers 401 itself.
resource signIn 'Microsoft.Web/sites/config@2024-04-01' = if (!empty(entraClientId)) {
  parent: site
  name: 'authsettingsV2'
  properties: {
    platform: { enabled: true }
    globalValidation: {
      requireAuthentication: false
      unauthenticatedClientAction: 'AllowAnonymous'
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
          clientId: entraClientId
          clientSecretSettingName: 'MICROSOFT_PROVIDER_AUTHENTICATION_SECRET'
        }
        validation: {
          allowedAudiences: [ 'api://${entraClientId}', entraClientId ]
        }
      }
    }
    login: {
      tokenStore: { enabled: true }
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

// ProfitPipeline, phase 1: identity, storage (host and data, kept apart), monitoring, Key Vault and the Functions app.
// Phase 2 (eventgrid/blob-subscription.bicep) runs after the code is deployed; see docs/deploy.md.
targetScope = 'resourceGroup'

@minLength(1)
@maxLength(32)
@description('Environment name, e.g. prod; part of every resource name.')
param environmentName string

param location string = resourceGroup().location

@description('ISO 4217 currency used when a file states none.')
param defaultCurrency string = 'EUR'

@description('Six-field NCRONTAB schedules (UTC). Defaults equal PipelineCatalog.Schedules.')
param snapshotSchedule string = '0 30 2 * * *'
param digestSchedule string = '0 0 7 * * 1'
param retrainSchedule string = '0 0 4 * * 0'

@secure()
@description('Where the weekly digest is posted; empty for none. Stored in Key Vault, referenced from the app setting.')
param digestWebhookUrl string = ''

@description('How long a new share link lives (TimeSpan, d.hh:mm:ss).')
param shareLinkLifetime string = '7.00:00:00'

param maximumInstanceCount int = 40
@allowed([512, 2048, 4096])
@description('Flex Consumption instance memory. The weekly retrain of a chart of hundreds of categories needs 4096 (docs/deploy.md).')
param instanceMemoryMB int = 2048

var token = toLower(uniqueString(resourceGroup().id, environmentName))
var tags = {
  'azd-env-name': environmentName
  app: 'profitpipeline'
}
var appName = 'func-profit-${token}'

// Must equal core/Ledger/Storage/StorageNames.cs (a test checks the compiled template against it).
var dataContainers = ['uploads', 'quarantine', 'processed', 'models', 'reports', 'digests', 'keyring', 'retrain-requests', 'retrains']
var dataTables = ['imports', 'transactions', 'customers', 'rules', 'labels', 'snapshots', 'restatements', 'sharelinks', 'shareaudit', 'jobruns', 'textsketches']
// The blob trigger's poison queue lives on the account its connection (ProfitStorage) names.
var dataQueues = ['webjobs-blobtrigger-poison']

// The Functions host's own containers exist up front so its identity needs no account-wide blob role.
var deploymentContainer = 'app-package'
var hostContainers = [deploymentContainer, 'azure-webjobs-hosts', 'azure-webjobs-secrets']

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: 'id-profit-${token}'
    location: location
    tags: tags
  }
}

module dataStorage 'modules/storage-account.bicep' = {
  name: 'data-storage'
  params: {
    name: 'stdata${token}'
    location: location
    tags: tags
    principalId: identity.outputs.principalId
    containerNames: dataContainers
    tableNames: dataTables
    queueNames: dataQueues
  }
}

module hostStorage 'modules/storage-account.bicep' = {
  name: 'host-storage'
  params: {
    name: 'sthost${token}'
    location: location
    tags: tags
    principalId: identity.outputs.principalId
    containerNames: hostContainers
    serviceWideQueueAccess: true
    serviceWideTableAccess: true
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    logAnalyticsName: 'log-profit-${token}'
    applicationInsightsName: 'appi-profit-${token}'
    location: location
    tags: tags
    principalId: identity.outputs.principalId
  }
}

module keyVault 'modules/key-vault.bicep' = {
  name: 'key-vault'
  params: {
    name: 'kv-profit-${take(token, 11)}'
    location: location
    tags: tags
    principalId: identity.outputs.principalId
    digestWebhookUrl: digestWebhookUrl
    hasDigestWebhook: !empty(digestWebhookUrl)
  }
}

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  params: {
    planName: 'plan-profit-${token}'
    appName: appName
    location: location
    tags: union(tags, { 'azd-service-name': 'functions' })
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    hostStorageName: hostStorage.outputs.name
    deploymentContainerName: deploymentContainer
    runtimeVersion: '10.0'
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    appSettings: {
      // The blob trigger's connection: the data account, by identity.
      ProfitStorage__credential: 'managedidentity'
      ProfitStorage__clientId: identity.outputs.clientId
      ProfitStorage__blobServiceUri: dataStorage.outputs.blobEndpoint
      ProfitStorage__queueServiceUri: dataStorage.outputs.queueEndpoint
      // Core's StorageOptions: identity-based when BlobServiceUri is set.
      ProfitPipeline__Storage__BlobServiceUri: dataStorage.outputs.blobEndpoint
      ProfitPipeline__Storage__TableServiceUri: dataStorage.outputs.tableEndpoint
      ProfitPipeline__Storage__ManagedIdentityClientId: identity.outputs.clientId
      ProfitPipeline__Ingestion__DefaultCurrency: defaultCurrency
      SnapshotSchedule: snapshotSchedule
      DigestSchedule: digestSchedule
      RetrainSchedule: retrainSchedule
      ProfitPipeline__Digest__WebhookUrl: keyVault.outputs.digestWebhookSetting
      ProfitPipeline__Sharing__KeyVaultKeyUri: keyVault.outputs.keyRingKeyUri
      ProfitPipeline__Sharing__LinkLifetime: shareLinkLifetime
      ProfitPipeline__Sharing__PublicBaseUrl: 'https://${appName}.azurewebsites.net'
      APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.outputs.clientId};Authorization=AAD'
    }
  }
}

output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_APP_HOST string = functionApp.outputs.defaultHostName
output AZURE_RESOURCE_GROUP string = resourceGroup().name
output DATA_STORAGE_ACCOUNT_NAME string = dataStorage.outputs.name
output DATA_BLOB_SERVICE_URI string = dataStorage.outputs.blobEndpoint
output DATA_TABLE_SERVICE_URI string = dataStorage.outputs.tableEndpoint
output HOST_STORAGE_ACCOUNT_NAME string = hostStorage.outputs.name
output MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output KEY_VAULT_NAME string = keyVault.outputs.name

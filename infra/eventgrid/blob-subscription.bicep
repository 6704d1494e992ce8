// ProfitPipeline, phase 2: Event Grid pushes BlobCreated for the uploads container to the IngestUpload blob trigger.
// Run after the code is deployed: the webhook needs the host's blobs_extension system key, which exists only once the host
// has started with the blob extension.
targetScope = 'resourceGroup'

param functionAppName string
param dataStorageAccountName string
param location string = resourceGroup().location
@description('Must equal PipelineCatalog.Names.IngestUpload and the container in PipelineCatalog.BlobPaths.Uploads.')
param functionName string = 'IngestUpload'
param uploadsContainer string = 'uploads'

resource app 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

resource dataStorage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: dataStorageAccountName
}

resource topic 'Microsoft.EventGrid/systemTopics@2022-06-15' = {
  name: 'evgt-${dataStorageAccountName}'
  location: location
  properties: {
    source: dataStorage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

resource uploads 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2022-06-15' = {
  parent: topic
  name: 'uploads-to-${functionName}'
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${app.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${functionName}&code=${listKeys('${app.id}/host/default', '2024-04-01').systemKeys.blobs_extension}'
      }
    }
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${uploadsContainer}/'
    }
    eventDeliverySchema: 'EventGridSchema'
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}

output systemTopicName string = topic.name
output subscriptionName string = uploads.name

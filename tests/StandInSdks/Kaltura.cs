// Stand-in types: the Kaltura C# client (Kaltura REACH) is not served by the package registry here. Namespaces and
// signatures follow the real SDK as recorded in shared/reference/ai-sdk-catalog.md; bodies throw.
// Shape of the real client (kaltura/KalturaGeneratedAPIClientsCsharp, tag v21.9.2): services are classes with static
// methods that return request builders; nothing is sent until BaseRequestBuilder<T>.ExecuteAsync/Execute/
// ExecuteAndWaitForResponse runs. The generated client predates C# nullable annotations; the optional parameters are
// annotated here so the stand-in builds warning-free.

using System;
using System.Threading.Tasks;

namespace Kaltura
{
    public class Configuration
    {
        public string? ServiceUrl { get; set; }
        public int Timeout { get; set; }
    }

    public class Client
    {
        public Client(Configuration config) => throw new NotSupportedException("stand-in");

        /// <summary>The Kaltura session (KS) used for requests.</summary>
        public string? KS { get; set; }
        public int PartnerId { get; set; }
    }
}

namespace Kaltura.Request
{
    public delegate void OnCompletedHandler<T>(T response, Exception error);

    public abstract class BaseRequestBuilder<T>
    {
        protected BaseRequestBuilder(string service) => throw new NotSupportedException("stand-in");

        public BaseRequestBuilder<T> SetCompletion(OnCompletedHandler<T> completion) => throw new NotSupportedException("stand-in");
        public virtual BaseRequestBuilder<T> Build(Client client) => throw new NotSupportedException("stand-in");

        public Task<T> ExecuteAsync(Client? client = null) => throw new NotSupportedException("stand-in");
        public void Execute(Client? client = null) => throw new NotSupportedException("stand-in");
        public T ExecuteAndWaitForResponse(Client? client = null) => throw new NotSupportedException("stand-in");
    }

    public class RequestBuilder<T> : BaseRequestBuilder<T>
    {
        public RequestBuilder(string service, string action) : base(service) => throw new NotSupportedException("stand-in");
    }
}

namespace Kaltura.Enums
{
    public enum VendorServiceType
    {
        HUMAN = 1,
        MACHINE = 2,
    }

    /// <summary>The C# client stops at CHAPTERING; later server values (6-23) appear as casts.</summary>
    public enum VendorServiceFeature
    {
        CAPTIONS = 1,
        TRANSLATION = 2,
        ALIGNMENT = 3,
        AUDIO_DESCRIPTION = 4,
        CHAPTERING = 5,
    }


    public enum EntryVendorTaskStatus
    {
        PENDING = 1,
        READY = 2,
        PROCESSING = 3,
        PENDING_MODERATION = 4,
        REJECTED = 5,
        ERROR = 6,
        ABORTED = 7,
        PENDING_ENTRY_READY = 8,
    }
}

namespace Kaltura.Types
{
    using Kaltura.Enums;

    public class ObjectBase
    {
        public string? RelatedObjects { get; set; }
    }

    public class VendorTaskData : ObjectBase
    {
        public int EntryDuration { get; set; }
    }

    public class EntryVendorTask : ObjectBase
    {
        public long Id { get; private set; }
        public string? EntryId { get; set; }
        public EntryVendorTaskStatus Status { get; set; }
        public int ReachProfileId { get; set; }
        public int CatalogItemId { get; set; }
        public string? Notes { get; set; }
        public string? Context { get; set; }
        public int Accuracy { get; set; }
        public string? OutputObjectId { get; set; }
        public string? PartnerData { get; set; }
        public VendorTaskData? TaskJobData { get; set; }
        /// <summary>Read-only in the API: taken from the catalog item.</summary>
        public VendorServiceType ServiceType { get; private set; }
        /// <summary>Read-only in the API: taken from the catalog item.</summary>
        public VendorServiceFeature ServiceFeature { get; private set; }
        public string? ExternalTaskId { get; set; }
    }
}

namespace Kaltura.Services
{
    using Kaltura.Request;
    using Kaltura.Types;

    public class EntryVendorTaskAddRequestBuilder : RequestBuilder<EntryVendorTask>
    {
        public EntryVendorTaskAddRequestBuilder() : base("reach_entryvendortask", "add") => throw new NotSupportedException("stand-in");
        public EntryVendorTaskAddRequestBuilder(EntryVendorTask entryVendorTask) : this() => throw new NotSupportedException("stand-in");

        public EntryVendorTask? EntryVendorTask { get; set; }
    }

    public class EntryVendorTaskGetRequestBuilder : RequestBuilder<EntryVendorTask>
    {
        public EntryVendorTaskGetRequestBuilder(int id) : base("reach_entryvendortask", "get") => throw new NotSupportedException("stand-in");
    }

    public class EntryVendorTaskService
    {
        private EntryVendorTaskService() { }

        /// <summary>Orders a REACH job (machine or human captions, translation, summary, dubbing...) on an entry.</summary>
        public static EntryVendorTaskAddRequestBuilder Add(EntryVendorTask entryVendorTask) => throw new NotSupportedException("stand-in");

        /// <summary>Reads an existing task. Not an AI call.</summary>
        public static EntryVendorTaskGetRequestBuilder Get(int id) => throw new NotSupportedException("stand-in");
    }
}

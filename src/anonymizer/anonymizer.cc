// Placeholder until the anonymizer lands.
namespace convoguard {}

package eu.skilltalk.conversation;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Receipts of channel messages already taken. */
interface InboundReceipts extends MongoRepository<InboundReceipt, String> {
}

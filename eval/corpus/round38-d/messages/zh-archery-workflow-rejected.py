        elif status == WorkflowStatus.REJECTED:  # 审核驳回
            msg_title = "[{}]工单被驳回#{}".format(workflow_type_display, audit_id)
            # 接收人，仅发送给申请人
            msg_to = [Users.objects.get(username=self.audit.create_user)]
            # 消息内容
            msg_content = """发起时间：{}\n目标实例：{}\n数据库：{}\n工单名称：{}\n工单地址：{}\n驳回原因：{}\n提醒：此工单被审核不通过，请按照驳回原因进行修改！""".format(
                workflow_detail.create_time.strftime("%Y-%m-%d %H:%M:%S"),
                instance,
                db_name,
                workflow_title,
                workflow_url,
                re.sub("[\r\n\f]{2,}", "\n", self.audit_detail.remark),
            )

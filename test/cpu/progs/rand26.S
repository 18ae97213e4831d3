	.option rvc
	.text
	.globl _start
_start:
	la x31, scratch
	mv x2, x31
	la x30, ivals
	ld x1, 184(x30)
	ld x3, 136(x30)
	ld x4, 176(x30)
	ld x5, 192(x30)
	ld x6, 152(x30)
	ld x7, 144(x30)
	ld x8, 40(x30)
	ld x9, 104(x30)
	ld x10, 88(x30)
	ld x11, 208(x30)
	ld x12, 48(x30)
	ld x13, 32(x30)
	ld x14, 128(x30)
	ld x15, 32(x30)
	ld x16, 88(x30)
	ld x17, 56(x30)
	ld x18, 72(x30)
	ld x19, 80(x30)
	ld x20, 96(x30)
	ld x21, 160(x30)
	ld x22, 16(x30)
	ld x23, 200(x30)
	ld x24, 104(x30)
	ld x25, 144(x30)
	ld x26, 208(x30)
	ld x27, 112(x30)
	ld x28, 96(x30)
	ld x29, 192(x30)
	ld x30, 144(x30)
	la x30, dvals
	flw f0, 320(x30)
	flw f1, 380(x30)
	fld f2, 344(x30)
	flw f3, 360(x30)
	fld f4, 112(x30)
	fld f5, 48(x30)
	fld f6, 128(x30)
	fld f7, 264(x30)
	flw f8, 284(x30)
	fld f9, 332(x30)
	fld f10, 136(x30)
	fld f11, 232(x30)
	fld f12, 104(x30)
	flw f13, 348(x30)
	fld f14, 324(x30)
	fld f15, 40(x30)
	flw f16, 368(x30)
	flw f17, 396(x30)
	fld f18, 152(x30)
	fld f19, 200(x30)
	fld f20, 216(x30)
	fld f21, 0(x30)
	fld f22, 32(x30)
	fld f23, 56(x30)
	fld f24, 184(x30)
	fld f25, 240(x30)
	flw f26, 360(x30)
	fld f27, 232(x30)
	flw f28, 388(x30)
	fld f29, 128(x30)
	fld f30, 264(x30)
	fld f31, 224(x30)
	addw x5, x10, x20
	la x30, dvals
	fld f15, 552(x30)
	la x30, dvals
	fld f14, 120(x30)
	fmin.d f1, f15, f14
	fsflags x29, x0
	la x30, flaglog
	sb x29, 0(x30)
	mul x24, x24, x7
	la x30, dvals
	fld f25, 24(x30)
	la x30, dvals
	fld f5, 232(x30)
	fsgnj.d f23, f25, f5
	fsflags x29, x0
	la x30, flaglog
	sb x29, 1(x30)
	fcvt.d.lu f24, x21, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 2(x30)
	jal x19, 1f
	srlw x21, x22, x1
1:
	fcvt.s.lu f23, x19, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 3(x30)
	sltiu x24, x14, 63
	la x30, 1f
	jalr x15, 0(x30)
	addw x15, x11, x26
1:
	c.fldsp f26, 200(sp)
	la x30, dvals
	fld f17, 24(x30)
	fmul.d f9, f17, f12, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 4(x30)
	xori x15, x9, -2048
	blt x23, x1, 1f
	slt x0, x15, x17
1:
	sllw x20, x21, x17
	la x30, dvals
	fld f5, 160(x30)
	fsub.d f17, f5, f24, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 5(x30)
	la x30, dvals
	flw f2, 596(x30)
	fnmadd.s f24, f2, f18, f3, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 6(x30)
	sh x4, 1208(x31)
	la x30, dvals
	flw f30, 640(x30)
	la x30, dvals
	flw f6, 644(x30)
	fdiv.s f14, f30, f6, rdn
	divw x24, x9, x15
	la x30, dvals
	fld f12, 552(x30)
	la x30, dvals
	fld f28, 536(x30)
	fle.d x6, f12, f28
	beq x13, x26, 1f
	sub x21, x13, x22
1:
	srlw x27, x0, x6
	sub x14, x24, x24
	lwu x23, 156(x2)
	flt.s x19, f9, f4
	fsflags x29, x0
	la x30, flaglog
	sb x29, 7(x30)
	fcvt.s.wu f12, x0, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 8(x30)
	andi x0, x14, 63
	la x30, dvals
	fld f9, 96(x30)
	fclass.d x10, f9
	la x30, dvals
	flw f19, 604(x30)
	la x30, dvals
	flw f0, 632(x30)
	fadd.s f8, f19, f0, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 9(x30)
	srlw x3, x18, x12
	ori x10, x16, 1
	mulhu x16, x7, x14
	fcvt.s.lu f16, x29, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 10(x30)
	bge x21, x14, 1f
	and x7, x23, x15
1:
	bge x8, x13, 1f
	sraw x27, x13, x11
1:
	sh x23, 1684(x31)
	fsub.s f1, f9, f11, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 11(x30)
	rem x14, x13, x28
	slti x26, x25, 1
	addw x20, x24, x24
	c.j 1f
	sub x29, x8, x0
1:
	mul x22, x1, x0
	remw x25, x5, x17
	la x30, dvals
	flw f6, 296(x30)
	la x30, dvals
	flw f1, 632(x30)
	flt.s x17, f6, f1
	fsflags x29, x0
	la x30, flaglog
	sb x29, 12(x30)
	fcvt.d.l f24, x16, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 13(x30)
	fsgnjn.s f21, f25, f28
	fsflags x29, x0
	la x30, flaglog
	sb x29, 14(x30)
	srai x26, x13, 31
	slliw x7, x12, 1
	addi x30, x31, 1352
	lr.d.aqrl x9, (x30)
	subw x7, x23, x6
	sc.d.aqrl x29, x13, (x30)
	sc.d x4, x0, (x30)
	divw x0, x3, x10
	c.sub x10, x15
	beq x23, x19, 1f
	or x19, x5, x9
1:
	fsgnjx.d f13, f5, f1
	fcvt.wu.s x28, f4, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 15(x30)
	divu x14, x3, x21
	fsd f2, 552(x31)
	div x22, x14, x1
	slt x13, x19, x21
	or x15, x13, x16
	fsrmi x5, 2
	mulhu x13, x8, x15
	add x26, x13, x11
	la x30, 1f
	c.jalr x30
	add x12, x28, x7
1:
	la x30, dvals
	flw f21, 648(x30)
	la x30, dvals
	flw f31, 376(x30)
	fsub.s f3, f21, f31, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 16(x30)
	addiw x28, x3, -2
	csrrwi x5, frm, 1
	mv x8, x31
	c.fld f8, 0(x8)
	c.fsdsp f31, 328(sp)
	la x30, dvals
	fld f13, 224(x30)
	la x30, dvals
	fld f16, 128(x30)
	fnmsub.d f26, f13, f16, f1, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 17(x30)
	blt x12, x7, 1f
	sll x11, x12, x20
	sra x1, x24, x0
1:
	slt x10, x16, x22
	la x30, dvals
	fld f4, 40(x30)
	la x30, dvals
	fld f15, 536(x30)
	fnmsub.d f30, f4, f15, f19, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 18(x30)
	addi x30, x31, 1360
	amomax.w.aq x19, x0, (x30)
	fsub.s f27, f22, f30, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 19(x30)
	divw x26, x17, x15
	fmv.x.w x29, f16
	la x30, dvals
	fld f5, 512(x30)
	fsqrt.d f26, f5, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 20(x30)
	remuw x28, x12, x6
	sltu x1, x14, x4
	slli x21, x19, 32
	srliw x23, x14, 19
	lbu x8, 1391(x31)
	bge x25, x23, 1f
	xor x7, x24, x9
	addw x9, x7, x6
1:
	la x30, dvals
	fld f14, 216(x30)
	fdiv.d f11, f14, f16, dyn
	flt.s x18, f3, f29
	fsflags x29, x0
	la x30, flaglog
	sb x29, 21(x30)
	lw x21, 1112(x31)
	c.mv x18, x20
	c.add x14, x18
	sll x25, x14, x14
	subw x29, x22, x15
	srlw x4, x17, x16
	la x30, dvals
	flw f4, 360(x30)
	fsqrt.s f21, f4, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 22(x30)
	sll x7, x24, x4
	sra x9, x20, x26
	divu x8, x26, x19
	fmv.x.d x9, f0
	la x30, dvals
	flw f21, 684(x30)
	la x30, dvals
	flw f27, 304(x30)
	fnmadd.s f7, f21, f27, f7, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 23(x30)
	la x30, dvals
	fld f16, 240(x30)
	fsqrt.d f16, f16, rdn
	la x30, dvals
	flw f14, 628(x30)
	la x30, dvals
	flw f19, 672(x30)
	la x30, dvals
	flw f5, 596(x30)
	fmadd.s f10, f14, f19, f5, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 24(x30)
	lhu x18, 894(x31)
	fcvt.s.l f31, x16, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 25(x30)
	remu x18, x13, x12
	la x30, dvals
	fld f10, 448(x30)
	la x30, dvals
	fld f8, 512(x30)
	fnmadd.d f19, f10, f8, f13, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 26(x30)
	c.li x4, -2
	c.lui x4, 4
	slt x16, x6, x20
	bne x7, x14, 1f
	xor x15, x29, x24
	srlw x14, x16, x20
1:
	sllw x7, x6, x18
	sub x28, x9, x22
	lb x8, 873(x2)
	mulhu x11, x24, x8
	la x30, dvals
	fld f26, 496(x30)
	fclass.d x19, f26
	addi x30, x31, 472
	amoxor.d.aq x28, x10, (x30)
	remuw x4, x10, x1
	la x30, dvals
	fld f19, 8(x30)
	fnmsub.d f28, f19, f2, f24, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 27(x30)
	ori x13, x6, 63
	la x30, dvals
	fld f25, 456(x30)
	fadd.d f19, f1, f25, rtz
	bge x14, x16, 1f
	or x22, x4, x25
	subw x5, x26, x25
1:
	andi x27, x20, 32
	fsqrt.d f21, f6, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 28(x30)
	srli x28, x29, 63
	sraiw x14, x22, 31
	remw x13, x20, x11
	fcvt.d.lu f18, x27, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 29(x30)
	rem x13, x11, x6
	mulh x11, x23, x9
	jal x24, 1f
	and x14, x15, x7
1:
	divw x8, x27, x21
	divw x24, x16, x19
	la x30, dvals
	fld f4, 568(x30)
	fcvt.s.d f6, f4, rmm
	srai x12, x4, 1
	slliw x13, x19, 1
	srlw x23, x0, x15
	fsub.d f21, f28, f21, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 30(x30)
	fcvt.s.l f11, x13, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 31(x30)
	sraw x1, x26, x8
	mul x6, x0, x0
	c.addi16sp sp, 432
	c.sdsp x18, 224(sp)
	mv sp, x31
	fadd.s f10, f30, f29, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 32(x30)
	fmv.d.x f31, x25
	la x30, dvals
	fld f3, 200(x30)
	la x30, dvals
	fld f15, 424(x30)
	la x30, dvals
	fld f7, 80(x30)
	fnmadd.d f16, f3, f15, f7, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 33(x30)
	sub x18, x6, x24
	la x30, 1f
	c.jalr x30
	sll x29, x10, x22
1:
	fsgnjn.s f21, f8, f18
	andi x18, x6, 0
	lwu x6, 1876(x2)
	remw x6, x0, x8
	mv x14, x31
	c.ld x10, 40(x14)
	rem x18, x23, x8
	fmul.s f19, f6, f15, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 34(x30)
	c.j 1f
	sub x11, x24, x12
1:
	slt x19, x16, x28
	ld x7, 128(x31)
	bgeu x20, x14, 1f
	srlw x0, x29, x6
1:
	fcvt.s.lu f10, x8, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 35(x30)
	fadd.d f13, f6, f6, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 36(x30)
	la x30, dvals
	flw f1, 328(x30)
	fcvt.wu.s x22, f1, rup
	addi x26, x0, 31
	divu x19, x28, x29
	addi x29, x8, -1
	addw x5, x6, x23
	la x30, dvals
	flw f0, 348(x30)
	la x30, dvals
	flw f0, 632(x30)
	fadd.s f6, f0, f0, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 37(x30)
	blt x0, x25, 1f
	add x19, x17, x23
1:
	sb x8, 993(x31)
	c.fldsp f18, 328(sp)
	bgeu x1, x5, 1f
	and x9, x18, x26
	subw x27, x23, x11
1:
	mul x24, x14, x28
	la x30, dvals
	flw f29, 392(x30)
	la x30, dvals
	flw f5, 364(x30)
	fsgnjn.s f19, f29, f5
	fsflags x29, x0
	la x30, flaglog
	sb x29, 38(x30)
	sraw x7, x12, x4
	sltu x15, x21, x29
	fsqrt.d f11, f2, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 39(x30)
	auipc x24, 524288
	la x30, dvals
	flw f19, 280(x30)
	fcvt.w.s x27, f19, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 40(x30)
	fmadd.s f11, f23, f0, f10, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 41(x30)
	slti x16, x0, 2047
	lwu x16, 1384(x31)
	la x30, dvals
	fld f26, 120(x30)
	fmadd.d f4, f26, f3, f2, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 42(x30)
	c.lwsp x24, 128(sp)
	c.ldsp x28, 0(sp)
	fcvt.l.s x7, f25, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 43(x30)
	sb x1, 1037(x31)
	sltu x6, x1, x10
	fcvt.l.d x21, f26, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 44(x30)
	fcvt.lu.d x6, f11, rmm
	mulhsu x0, x28, x17
	la x30, dvals
	fld f21, 192(x30)
	fsub.d f27, f3, f21, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 45(x30)
	la x30, 1f
	jalr x15, 1(x30)
	srlw x6, x3, x0
1:
	divu x1, x8, x16
	c.srli x14, 1
	c.andi x11, 5
	la x30, dvals
	fld f15, 456(x30)
	la x30, dvals
	fld f6, 472(x30)
	fsgnjx.d f29, f15, f6
	fsflags x29, x0
	la x30, flaglog
	sb x29, 46(x30)
	bge x13, x14, 1f
	sub x13, x6, x3
1:
	mv x9, x31
	c.fld f14, 184(x9)
	sw x27, 760(x31)
	mv x11, x31
	c.ld x12, 104(x11)
	fmv.w.x f20, x16
	la x30, dvals
	flw f8, 592(x30)
	fcvt.wu.s x27, f8, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 47(x30)
	la x30, dvals
	fld f28, 176(x30)
	fdiv.d f20, f28, f3, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 48(x30)
	la x30, dvals
	fld f11, 408(x30)
	fsqrt.d f19, f11, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 49(x30)
	addiw x15, x29, -1
	mulw x29, x17, x16
	c.lwsp x19, 0(sp)
	c.ldsp x17, 96(sp)
	la x30, dvals
	flw f10, 300(x30)
	la x30, dvals
	flw f18, 636(x30)
	fnmsub.s f23, f10, f8, f18, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 50(x30)
	lwu x12, 1523(x31)
	lwu x15, 97(x2)
	addi x30, x31, 1768
	amomaxu.d.aq x16, x8, (x30)
	sra x18, x5, x20
	slti x1, x8, 0
	la x30, dvals
	flw f21, 612(x30)
	fmul.s f16, f21, f17, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 51(x30)
	addw x21, x15, x26
	slli x15, x4, 47
	srliw x18, x4, 1
	mv x11, x31
	c.lw x9, 104(x11)
	ld x25, 920(x2)
	beq x5, x8, 1f
	sllw x0, x19, x13
1:
	sw x1, 640(x31)
	la x30, dvals
	fld f28, 576(x30)
	fdiv.d f14, f28, f4, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 52(x30)
	subw x0, x5, x21
	la x30, dvals
	fld f27, 568(x30)
	la x30, dvals
	fld f12, 256(x30)
	fadd.d f27, f27, f12, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 53(x30)
	srl x26, x22, x28
	remw x16, x25, x6
	sw x0, 492(x31)
	la x30, dvals
	flw f10, 280(x30)
	fmsub.s f16, f14, f10, f30, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 54(x30)
	fmul.d f28, f13, f29, rdn
	sub x26, x12, x14
	lb x15, 1398(x31)
	remw x1, x19, x13
	divw x14, x7, x0
	lb x18, 1241(x31)
	fmv.x.d x23, f18
	lwu x4, 1820(x2)
	xori x8, x15, 31
	la x30, dvals
	flw f17, 364(x30)
	la x30, dvals
	flw f14, 320(x30)
	fsub.s f24, f17, f14, dyn
	c.j 1f
	sll x27, x19, x29
1:
	sw x9, 260(x31)
	lbu x16, 1003(x2)
	fcvt.d.l f13, x23, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 55(x30)
	c.swsp x28, 216(sp)
	c.sdsp x11, 408(sp)
	rem x10, x19, x16
	andi x9, x19, 2047
	addi x30, x31, 592
	lr.w x19, (x30)
	sc.w x13, x29, (x30)
	beq x24, x22, 1f
	slt x17, x14, x6
1:
	la x30, dvals
	flw f1, 676(x30)
	fsgnj.s f24, f3, f1
	fsflags x29, x0
	la x30, flaglog
	sb x29, 56(x30)
	slt x29, x10, x23
	la x30, dvals
	flw f9, 288(x30)
	la x30, dvals
	flw f25, 352(x30)
	fmul.s f31, f9, f25, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 57(x30)
	and x9, x23, x16
	la x30, dvals
	flw f23, 292(x30)
	fcvt.lu.s x3, f23, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 58(x30)
	sltu x20, x7, x4
	sd x13, 808(x31)
	c.mv x24, x15
	c.add x25, x24
	fsrmi x6, 3
	c.addi16sp sp, 496
	c.sdsp x14, 56(sp)
	mv sp, x31
	srl x21, x22, x11
	slt x17, x9, x17
	fmul.d f8, f9, f7, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 59(x30)
	mv x8, x31
	c.lw x8, 84(x8)
	bne x12, x12, 1f
	sra x1, x10, x1
1:
	blt x26, x25, 1f
	or x13, x9, x29
1:
	sub x23, x18, x14
	xori x8, x17, 2047
	lb x21, 415(x2)
	remw x8, x14, x5
	divw x12, x29, x26
	la x30, dvals
	fld f12, 144(x30)
	la x30, dvals
	fld f29, 16(x30)
	fadd.d f21, f12, f29, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 60(x30)
	srai x26, x10, 32
	sraiw x26, x22, 1
	bge x20, x20, 1f
	sllw x13, x13, x29
1:
	c.slli x10, 14
	la x30, dvals
	fld f12, 472(x30)
	la x30, dvals
	fld f15, 424(x30)
	fadd.d f25, f12, f15, rdn
	la x30, dvals
	flw f11, 352(x30)
	la x30, dvals
	flw f18, 284(x30)
	fsub.s f20, f11, f18, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 61(x30)
	beq x15, x0, 1f
	add x13, x22, x28
	sub x7, x18, x7
1:
	sh x11, 1842(x31)
	addi x30, x31, 424
	amomin.d.aqrl x26, x13, (x30)
	srl x22, x18, x25
	sra x17, x11, x26
	xor x8, x8, x6
	la x30, dvals
	flw f6, 284(x30)
	fcvt.w.s x24, f6, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 62(x30)
	ori x8, x4, 1
	jal x13, 1f
	add x20, x7, x8
1:
	sltiu x18, x7, 63
	or x27, x13, x26
	mul x21, x29, x9
	divu x3, x20, x1
	sb x4, 671(x31)
	addi x30, x31, 1776
	amoswap.d.rl x25, x20, (x30)
	la x30, dvals
	fld f21, 72(x30)
	fcvt.wu.d x17, f21, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 63(x30)
	la x30, dvals
	fld f26, 144(x30)
	fcvt.w.d x0, f26, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 64(x30)
	lbu x12, 421(x31)
	la x30, dvals
	flw f1, 312(x30)
	la x30, dvals
	flw f7, 376(x30)
	la x30, dvals
	flw f26, 656(x30)
	fnmadd.s f12, f1, f7, f26, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 65(x30)
	la x30, dvals
	fld f4, 512(x30)
	la x30, dvals
	fld f5, 584(x30)
	fsgnjx.d f22, f4, f5
	fsflags x29, x0
	la x30, flaglog
	sb x29, 66(x30)
	slli x15, x1, 63
	sraiw x20, x11, 31
	la x30, dvals
	fld f21, 168(x30)
	flt.d x19, f21, f23
	c.swsp x8, 152(sp)
	c.sdsp x27, 128(sp)
	la x30, dvals
	fld f22, 208(x30)
	fmul.d f22, f1, f22, rdn
	la x30, dvals
	flw f4, 300(x30)
	fcvt.lu.s x27, f4, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 67(x30)
	sllw x17, x11, x25
	remuw x13, x3, x4
	lui x5, 524287
	fclass.s x11, f22
	lui x13, 1
	ori x27, x11, -2048
	slli x17, x18, 1
	sraiw x3, x20, 31
	fmax.s f29, f12, f9
	fsflags x29, x0
	la x30, flaglog
	sb x29, 68(x30)
	fsub.d f29, f24, f25, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 69(x30)
	sb x26, 1954(x31)
	fmadd.s f1, f24, f22, f5, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 70(x30)
	c.fsdsp f10, 104(sp)
	andi x9, x7, 63
	sh x6, 282(x31)
	beq x7, x15, 1f
	add x11, x21, x28
1:
	la x30, dvals
	fld f20, 488(x30)
	fsqrt.d f12, f20, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 71(x30)
	slt x17, x11, x16
	div x10, x7, x10
	fadd.d f22, f9, f10, dyn
	la x30, dvals
	fld f26, 560(x30)
	fadd.d f20, f26, f1, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 72(x30)
	sltiu x11, x13, 2047
	la x30, dvals
	flw f13, 632(x30)
	fsqrt.s f30, f13, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 73(x30)
	addi x30, x31, 856
	lr.d x29, (x30)
	sltu x9, x0, x22
	sc.d x7, x26, (x30)
	ld x0, 1632(x31)
	sw x10, 1840(x31)
	la x30, dvals
	flw f21, 600(x30)
	fcvt.wu.s x16, f21, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 74(x30)
	mulw x28, x23, x19
	ori x9, x9, -2
	la x30, dvals
	flw f10, 316(x30)
	fsub.s f26, f10, f15, rmm
	srlw x8, x10, x25
	sra x17, x21, x12
	slli x11, x25, 1
	srliw x8, x23, 7
	addi x30, x31, 392
	lr.w.aq x27, (x30)
	sc.w.aq x15, x11, (x30)
	slt x11, x16, x17
	mulw x21, x0, x15
	beq x1, x1, 1f
	sub x15, x7, x10
1:
	srli x8, x20, 32
	sraiw x27, x8, 1
	remu x26, x5, x23
	mv x15, x31
	c.lw x8, 40(x15)
	fsd f11, 1336(x31)
	lwu x28, 1700(x31)
	lbu x28, 373(x2)
	c.nop
	addi x30, x31, 328
	lr.w.rl x25, (x30)
	sc.w.rl x28, x17, (x30)
	fcvt.s.l f28, x19, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 75(x30)
	la x30, dvals
	flw f20, 360(x30)
	fadd.s f30, f20, f13, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 76(x30)
	sub x6, x4, x29
	slt x28, x22, x23
	la x30, dvals
	fld f2, 464(x30)
	feq.d x10, f3, f2
	la x30, dvals
	fld f23, 56(x30)
	fmul.d f17, f22, f23, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 77(x30)
	sraw x25, x24, x7
	la x30, dvals
	fld f8, 152(x30)
	fsqrt.d f31, f8, dyn
	addi x18, x16, 31
	la x30, dvals
	flw f8, 632(x30)
	feq.s x14, f6, f8
	fsflags x29, x0
	la x30, flaglog
	sb x29, 78(x30)
	lbu x14, 2022(x31)
	la x30, dvals
	flw f12, 328(x30)
	fdiv.s f10, f12, f27, dyn
	sll x27, x0, x21
	fsqrt.s f21, f24, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 79(x30)
	la x30, dvals
	fld f28, 184(x30)
	fsgnjn.d f24, f14, f28
	fsflags x29, x0
	la x30, flaglog
	sb x29, 80(x30)
	slti x27, x13, 32
	addi x30, x31, 1024
	amoor.w.rl x5, x7, (x30)
	sd x9, 1832(x31)
	addi x30, x31, 1824
	amomin.w.aqrl x8, x18, (x30)
	sh x28, 434(x31)
	lh x28, 308(x31)
	add x14, x11, x10
	jal x12, 1f
	addw x0, x3, x16
1:
	bge x5, x29, 1f
	sraw x21, x7, x17
	and x5, x17, x22
1:
	addiw x19, x0, -2048
	mul x26, x24, x29
	mul x29, x22, x4
	c.srli x15, 28
	c.andi x8, 12
	mv x9, x31
	c.sw x15, 48(x9)
	la x30, dvals
	flw f20, 604(x30)
	fsub.s f25, f2, f20, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 81(x30)
	slli x8, x15, 33
	sraiw x16, x21, 31
	la x30, dvals
	flw f26, 680(x30)
	la x30, dvals
	flw f29, 672(x30)
	fmul.s f16, f26, f29, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 82(x30)
	c.li x15, 26
	c.lui x15, 22
	rem x3, x21, x11
	la x30, dvals
	flw f26, 604(x30)
	fsub.s f4, f26, f21, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 83(x30)
	sd x9, 1064(x31)
	beq x28, x27, 1f
	addw x26, x27, x14
	or x27, x21, x17
1:
	la x30, dvals
	flw f0, 304(x30)
	fcvt.d.s f27, f0
	fsflags x29, x0
	la x30, flaglog
	sb x29, 84(x30)
	andi x15, x19, 32
	bge x10, x19, 1f
	srl x27, x3, x10
1:
	mv x15, x31
	c.sd x10, 8(x15)
	sub x7, x3, x15
	la x30, dvals
	fld f12, 488(x30)
	fadd.d f10, f12, f30, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 85(x30)
	mv x9, x31
	c.fsd f15, 168(x9)
	remw x4, x7, x18
	la x30, dvals
	flw f9, 324(x30)
	fadd.s f4, f0, f9, rup
	la x30, dvals
	flw f23, 312(x30)
	la x30, dvals
	flw f17, 328(x30)
	fadd.s f29, f23, f17, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 86(x30)
	c.swsp x29, 132(sp)
	c.sdsp x12, 152(sp)
	subw x3, x4, x4
	la x30, dvals
	fld f2, 544(x30)
	la x30, dvals
	fld f14, 120(x30)
	la x30, dvals
	fld f24, 128(x30)
	fnmsub.d f12, f2, f14, f24, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 87(x30)
	fadd.d f25, f20, f12, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 88(x30)
	mul x10, x0, x9
	subw x28, x3, x21
	sltiu x23, x23, 64
	la x30, dvals
	fld f8, 272(x30)
	fmsub.d f24, f17, f1, f8, rdn
	la x30, dvals
	fld f31, 224(x30)
	la x30, dvals
	fld f1, 496(x30)
	la x30, dvals
	fld f22, 544(x30)
	fmadd.d f9, f31, f1, f22, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 89(x30)
	xor x6, x6, x1
	la x30, dvals
	flw f21, 628(x30)
	fsgnj.s f18, f0, f21
	fsflags x29, x0
	la x30, flaglog
	sb x29, 90(x30)
	la x30, dvals
	flw f19, 324(x30)
	fcvt.w.s x15, f19, rdn
	bgeu x18, x24, 1f
	slt x3, x6, x12
	or x17, x5, x4
1:
	ori x13, x19, -1572
	srai x10, x23, 1
	slliw x12, x28, 31
	la x30, dvals
	fld f21, 512(x30)
	fcvt.s.d f4, f21, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 91(x30)
	srli x22, x22, 21
	sraiw x8, x26, 30
	ori x25, x14, 496
	fsub.d f20, f30, f18, rne
	c.lwsp x26, 216(sp)
	c.ldsp x16, 456(sp)
	sd x20, 1088(x31)
	sltu x0, x21, x4
	mulhsu x28, x16, x9
	addiw x16, x20, 63
	la x31, dump
	sd x1, 8(x31)
	sd x2, 16(x31)
	sd x3, 24(x31)
	sd x4, 32(x31)
	sd x5, 40(x31)
	sd x6, 48(x31)
	sd x7, 56(x31)
	sd x8, 64(x31)
	sd x9, 72(x31)
	sd x10, 80(x31)
	sd x11, 88(x31)
	sd x12, 96(x31)
	sd x13, 104(x31)
	sd x14, 112(x31)
	sd x15, 120(x31)
	sd x16, 128(x31)
	sd x17, 136(x31)
	sd x18, 144(x31)
	sd x19, 152(x31)
	sd x20, 160(x31)
	sd x21, 168(x31)
	sd x22, 176(x31)
	sd x23, 184(x31)
	sd x24, 192(x31)
	sd x25, 200(x31)
	sd x26, 208(x31)
	sd x27, 216(x31)
	sd x28, 224(x31)
	sd x29, 232(x31)
	sd x30, 240(x31)
	fsd f0, 256(x31)
	fsd f1, 264(x31)
	fsd f2, 272(x31)
	fsd f3, 280(x31)
	fsd f4, 288(x31)
	fsd f5, 296(x31)
	fsd f6, 304(x31)
	fsd f7, 312(x31)
	fsd f8, 320(x31)
	fsd f9, 328(x31)
	fsd f10, 336(x31)
	fsd f11, 344(x31)
	fsd f12, 352(x31)
	fsd f13, 360(x31)
	fsd f14, 368(x31)
	fsd f15, 376(x31)
	fsd f16, 384(x31)
	fsd f17, 392(x31)
	fsd f18, 400(x31)
	fsd f19, 408(x31)
	fsd f20, 416(x31)
	fsd f21, 424(x31)
	fsd f22, 432(x31)
	fsd f23, 440(x31)
	fsd f24, 448(x31)
	fsd f25, 456(x31)
	fsd f26, 464(x31)
	fsd f27, 472(x31)
	fsd f28, 480(x31)
	fsd f29, 488(x31)
	fsd f30, 496(x31)
	fsd f31, 504(x31)
	frcsr x5
	sd x5, 512(x31)
	li a0, 1
	mv a1, x31
	li a2, 520
	li a7, 64
	ecall
	li a0, 1
	la a1, scratch
	li a2, 2048
	li a7, 64
	ecall
	li a0, 1
	la a1, flaglog
	li a2, 1024
	li a7, 64
	ecall
	li a0, 0
	li a7, 93
	ecall
	.data
	.balign 8
ivals:
	.dword 0x0
	.dword 0x1
	.dword 0xffffffffffffffff
	.dword 0x7fffffffffffffff
	.dword 0x8000000000000000
	.dword 0x7fffffff
	.dword 0x80000000
	.dword 0xffffffff
	.dword 0xffffffff80000000
	.dword 0x00000000ffffffff
	.dword 0x2
	.dword 0xfffffffffffffffe
	.dword 0x3f
	.dword 0x40
	.dword 0x1f
	.dword 0x20
	.dword 0x123456789abcdef0
	.dword 0x00000000fffff800
	.dword 0x0000000100000000
	.dword 0x26efab10a2359816
	.dword 0x37dd412d60ed74f1
	.dword 0x00154ac880cfd3ae
	.dword 0x2dfff093ae52d5c5
	.dword 0x69abf9b0c523ad3e
	.dword 0xa0029afc98f10912
	.dword 0x83b1aa9b6ab0acaa
	.dword 0x9b9fb438ce08d434
dvals:
	.dword 0x0000000000000000
	.dword 0x8000000000000000
	.dword 0x3ff0000000000000
	.dword 0xbff0000000000000
	.dword 0x3fe0000000000000
	.dword 0x4008000000000000
	.dword 0x400921fb54442d18
	.dword 0x7fe1ccf385ebc8a0
	.dword 0xffe1ccf385ebc8a0
	.dword 0x7ff0000000000000
	.dword 0xfff0000000000000
	.dword 0x7ff8000000000000
	.dword 0x7ff0000000000001
	.dword 0x7ff8000000000123
	.dword 0x0000000000000001
	.dword 0x000fffffffffffff
	.dword 0x0010000000000000
	.dword 0x7fefffffffffffff
	.dword 0x3fd5555555555555
	.dword 0x4340000000000000
	.dword 0x43e0000000000000
	.dword 0x43f0000000000000
	.dword 0xc3e0000000000000
	.dword 0x00001cb5d9b8c4c0
	.dword 0x3fb999999999999a
	.dword 0x41dfffffffc00000
	.dword 0xc1e0000000000000
	.dword 0x41efffffffe00000
	.dword 0x3ff0000000000001
	.dword 0xbfe0000000000000
	.dword 0x4004000000000000
	.dword 0xc00c000000000000
	.dword 0x8010000000000000
	.dword 0x800fffffffffffff
	.dword 0x3cb0000000000000
	.word 0x00000000
	.word 0x80000000
	.word 0x3f800000
	.word 0xbf800000
	.word 0x7f800000
	.word 0xff800000
	.word 0x7fc00000
	.word 0x7f800001
	.word 0x7fc01234
	.word 0x00000001
	.word 0x007fffff
	.word 0x00800000
	.word 0x7f7fffff
	.word 0x4f000000
	.word 0x4f800000
	.word 0xcf000000
	.word 0x5f000000
	.word 0x3dcccccd
	.word 0x3eaaaaab
	.word 0x3fc00000
	.word 0xc0200000
	.word 0x40490fdb
	.word 0x4b000001
	.word 0x80800000
	.word 0x3f000000
	.word 0xbf000000
	.word 0x3fa00000
	.word 0x33800000
	.word 0xff7fffff
	.word 0x4effffff
rvals:
	.dword 0x3ec6c81e6ae63ebc
	.dword 0x411704882aa880db
	.dword 0x41b51cc23b5cd93c
	.dword 0x3e602599399faa60
	.dword 0x3fe9d649c1045fe1
	.dword 0xc12020ef76d46679
	.dword 0xbe920df363c36275
	.dword 0x3e4b53176c8e67ab
	.dword 0xc07acf5ac250852a
	.dword 0xc15565fd2426e840
	.dword 0x40077525e5fc0364
	.dword 0xbe11cd1c1c83e0dd
	.dword 0xc33c7307c5671159
	.dword 0x7fee77ae51adeaa3
	.dword 0xffd6aed6a089e450
	.dword 0x8015bc6558d0bcb9
	.dword 0xffe7ae687872df5d
	.dword 0x00223eac581c473f
	.dword 0xc33c01ad5f343b89
	.dword 0x0038000dd01ac9b9
	.dword 0xc1e52f8ae64a6de8
	.dword 0x4331a23d207955a6
	.dword 0xc3e96a244d41881a
	.dword 0x43e9d9096ea26f75
	.word 0xc3353d1f
	.word 0x43e985d3
	.word 0xbeb6fbcd
	.word 0x429d1076
	.word 0xc1630f3d
	.word 0x4155e7b1
	.word 0xbdd51427
	.word 0x3d691756
	.word 0x4106360a
	.word 0xba6c1f7a
	.word 0x3b102f3d
	.word 0x40db6121
	.word 0x8070d684
	.word 0x80f4066b
	.word 0xcf4679e7
	.word 0x80e5943a
	.word 0x936d7
	.word 0x800d7d91
	.word 0xff6632ca
	.word 0xcb2d2426
	.word 0x7f42eb14
	.word 0x13c1bd5
	.word 0x8154ff07
	.word 0xf6e5c42
	.balign 16
scratch:
	.word 0x3d258a91
	.word 0x28a79ea
	.word 0xfb54f911
	.word 0xeaab8e6a
	.word 0xf7b6f8f9
	.word 0x3d90590d
	.word 0xe08da8f5
	.word 0xe7f765bc
	.word 0x635ce39c
	.word 0x1acc9d6b
	.word 0xa55682bb
	.word 0xd53adf5b
	.word 0x54eefe53
	.word 0xefbfa3e1
	.word 0x63b24e00
	.word 0x64393c19
	.word 0x34fd8544
	.word 0xefdaaae
	.word 0xceaed83a
	.word 0xa09bcf2e
	.word 0xf6b211b1
	.word 0x24091593
	.word 0xd1d5af0e
	.word 0xe2bfff94
	.word 0xb4e35772
	.word 0x1fa276f4
	.word 0x7ee7170a
	.word 0x1cc53829
	.word 0xc3c8fce9
	.word 0x56e3eaa3
	.word 0x5d447078
	.word 0xba28227d
	.word 0x729c748e
	.word 0x7db49b88
	.word 0x367871aa
	.word 0x31e89c0c
	.word 0x6f48aa38
	.word 0x3bfd70df
	.word 0x293d9fac
	.word 0xc3c20bc8
	.word 0xd5d21835
	.word 0x4c4a98bf
	.word 0xf4f39531
	.word 0x4ceb357b
	.word 0x62cc4b79
	.word 0x9fc0cba8
	.word 0x500496b2
	.word 0x98844cbb
	.word 0x3377a272
	.word 0x2009bc2e
	.word 0xe6028ae8
	.word 0x5ca5f9a7
	.word 0x91bc658f
	.word 0xbcbcea29
	.word 0x1ec28075
	.word 0x974ce573
	.word 0x77b290c2
	.word 0x90f280f7
	.word 0xdd6c10a1
	.word 0xb07bfcbd
	.word 0x326b522b
	.word 0x5dedd9bc
	.word 0x3d9f70f1
	.word 0xa3a61f11
	.word 0x68c5e953
	.word 0x68139724
	.word 0x441451bf
	.word 0xa59036e
	.word 0x6cae18f4
	.word 0x59a92aac
	.word 0xe36e0e92
	.word 0x7537a64c
	.word 0xbe32b0d3
	.word 0xed3c3c27
	.word 0x3da5c61b
	.word 0x29ba71a8
	.word 0x96670f8f
	.word 0x854c5cc4
	.word 0xd44fae6e
	.word 0x11cdab4f
	.word 0x30273abd
	.word 0x396ed1a5
	.word 0x881a0108
	.word 0xcf57c7b5
	.word 0xc38ef0c5
	.word 0xaf5d9fce
	.word 0x882e621c
	.word 0xc9d5c56a
	.word 0x5e6f0716
	.word 0x6f3e9250
	.word 0x13ed51aa
	.word 0x82d1e586
	.word 0x724e2c76
	.word 0x4fd64556
	.word 0x68e41be8
	.word 0x98b4aaa4
	.word 0xb1e5a6d4
	.word 0xa2dbad2b
	.word 0x38aa7414
	.word 0xb3312f00
	.word 0x4cfde968
	.word 0xcbc2a180
	.word 0x61af2159
	.word 0x350c30fb
	.word 0xd1722732
	.word 0x271192f8
	.word 0xbc9d93bf
	.word 0xd3a4ed8a
	.word 0x8ca4da80
	.word 0xe96efe3a
	.word 0xe39d08ae
	.word 0x1395d4aa
	.word 0x8918c56a
	.word 0xa70c7bb0
	.word 0x27379e2d
	.word 0x4ab8ded4
	.word 0x7d2cbac5
	.word 0xa4f9901f
	.word 0x49bd5722
	.word 0x8875b74e
	.word 0xed116800
	.word 0xc2300908
	.word 0xa13c7880
	.word 0xeba19d56
	.word 0xd96d1b33
	.word 0x3b6380f6
	.word 0x24d1cc48
	.word 0xb6409e64
	.word 0x1405d8e2
	.word 0x4c2022ae
	.word 0x46cd1414
	.word 0x6db32053
	.word 0x3e91d56f
	.word 0x83bad951
	.word 0xca823639
	.word 0x4ef537b
	.word 0x3e88c35b
	.word 0xfa95b56a
	.word 0xcb22bdb6
	.word 0xe124c7c
	.word 0xb42019f2
	.word 0x54de4ddd
	.word 0x31d1ce8f
	.word 0x8057b6f
	.word 0x4a71d3bb
	.word 0x70d7fcb8
	.word 0x6757d818
	.word 0x16c65072
	.word 0x45c7bcd6
	.word 0xf9f99af8
	.word 0x9e790acb
	.word 0x5b269e3b
	.word 0x94d6f32b
	.word 0x1cc57832
	.word 0xcbaf5bb3
	.word 0x3bfc503f
	.word 0x8e86f082
	.word 0x424581e9
	.word 0xbd63c275
	.word 0x608d1c83
	.word 0xa0bebcad
	.word 0x924fc038
	.word 0x2356569c
	.word 0xd931e99e
	.word 0x6449287f
	.word 0x699bf35c
	.word 0xe9ff6c24
	.word 0x8b062d39
	.word 0x9a846749
	.word 0xdbc4c39f
	.word 0x35574ac4
	.word 0x5dfb3ca3
	.word 0x77877314
	.word 0xa5524326
	.word 0x4be8421d
	.word 0x36d3bac8
	.word 0x70d9dbad
	.word 0x3e27911b
	.word 0x4c967439
	.word 0xc033b311
	.word 0x7c68cf19
	.word 0xd4f0665c
	.word 0xdf4ac261
	.word 0x67d29da2
	.word 0xb8be35b1
	.word 0xbf0d7c15
	.word 0x1755e12
	.word 0xfc5e2269
	.word 0x3a70d260
	.word 0x27a48dbe
	.word 0x7471c057
	.word 0xc31bcb2a
	.word 0xf5a414b5
	.word 0x91636aac
	.word 0x7ae40257
	.word 0xaf7d7f00
	.word 0x1332968e
	.word 0x7d8db99f
	.word 0x9d79a4c0
	.word 0x95dff630
	.word 0x821b43c
	.word 0xea63468f
	.word 0xd4ee1d16
	.word 0xfed600b0
	.word 0xe6c3e5d0
	.word 0xd54cb56c
	.word 0x3fc3871c
	.word 0xab24310c
	.word 0x8db1564e
	.word 0x48607bb2
	.word 0xa5d51f19
	.word 0xc0f1bc42
	.word 0x1849783e
	.word 0xde9ad0b9
	.word 0x153bed1f
	.word 0x7b9f1333
	.word 0xa6dec62f
	.word 0xbd783d62
	.word 0xe0502108
	.word 0x6a5b3530
	.word 0x935b5a8e
	.word 0xf95637eb
	.word 0xcac24ffe
	.word 0xe4840260
	.word 0xfdce3084
	.word 0x400b000b
	.word 0x214471ce
	.word 0x40c12870
	.word 0xdc2c4877
	.word 0xf172de26
	.word 0xfc7f24dd
	.word 0x4759d4f
	.word 0x4c58f281
	.word 0x13178b25
	.word 0xac18199c
	.word 0x4a520f29
	.word 0x7d5274b2
	.word 0x4b418750
	.word 0xedcea25
	.word 0xe0987ec9
	.word 0x7640449
	.word 0x7a41905f
	.word 0x4100db3a
	.word 0x16917729
	.word 0x36fd2973
	.word 0xe9b313da
	.word 0xf2cad1fe
	.word 0xb65df504
	.word 0x17535e3a
	.word 0xee102e70
	.word 0x9015287f
	.word 0x96408cb2
	.word 0x7d076479
	.word 0xa0899b1d
	.word 0xeea42fe8
	.word 0x7a52c4
	.word 0xe7c0d75
	.word 0x758fb91c
	.word 0xd723710a
	.word 0x994fdceb
	.word 0x38833dc2
	.word 0xb85119bf
	.word 0xf7b0358c
	.word 0xd1386c8c
	.word 0x4999d9d8
	.word 0x26fef1a9
	.word 0xe1be144c
	.word 0x45c73f37
	.word 0xe6104ac7
	.word 0x6537103
	.word 0x6617827a
	.word 0x5d49a396
	.word 0x4e51b66b
	.word 0x6b01ae85
	.word 0x84f51c4d
	.word 0xc8e95193
	.word 0xb9b35f3e
	.word 0x98ca3494
	.word 0x1543acb8
	.word 0x7a470692
	.word 0xc83470d8
	.word 0x83c52a2f
	.word 0xf69bf48f
	.word 0x894041ca
	.word 0xae516fb6
	.word 0xf75a22c5
	.word 0xd359b3c4
	.word 0x41096bd4
	.word 0xe208604d
	.word 0x2e375eed
	.word 0x78b91f18
	.word 0x301c6415
	.word 0x2f4dd11a
	.word 0x38b5ae0d
	.word 0x23fd5e57
	.word 0x8ec8b3cc
	.word 0x8e9e8d14
	.word 0xb8b873ca
	.word 0x6eec7dea
	.word 0xcb78e502
	.word 0x2cc1132e
	.word 0xda3e5bfc
	.word 0x397bb8dc
	.word 0x8263e26c
	.word 0x3bedb21b
	.word 0x387c0d4c
	.word 0x836fe566
	.word 0x87a04a67
	.word 0x53714f31
	.word 0x287d1d3a
	.word 0xf0990237
	.word 0xcb2ec158
	.word 0x73bcd39a
	.word 0xd03308dd
	.word 0x9436f969
	.word 0x28646064
	.word 0x297ef850
	.word 0x38e4ee2a
	.word 0x11e6bfa
	.word 0x4048f48a
	.word 0x85eae726
	.word 0xf8c73f81
	.word 0xf9d5135a
	.word 0x2c71ae25
	.word 0x2f155d1f
	.word 0x126917c4
	.word 0x22a07e0c
	.word 0x815cff3c
	.word 0xc9d57c41
	.word 0xadf0828f
	.word 0x986b7bf
	.word 0x315638e7
	.word 0x3f1edb82
	.word 0x69b3df15
	.word 0x587fb19d
	.word 0x67c491db
	.word 0x4a0eefa4
	.word 0x68beaf79
	.word 0x176bebf1
	.word 0x28aa219b
	.word 0xffb78d37
	.word 0xcc3c2ddf
	.word 0x797aca9c
	.word 0x25020b88
	.word 0xea140f91
	.word 0x17255622
	.word 0x1c85292
	.word 0x78d8fcbf
	.word 0x8eaacc18
	.word 0x321d560c
	.word 0x834fd622
	.word 0x48fef607
	.word 0x51f5fe18
	.word 0x28e7a963
	.word 0x64bf5746
	.word 0x44adddcd
	.word 0x1d944aa7
	.word 0xcdcf827
	.word 0xe8d268ab
	.word 0x1d2c1348
	.word 0x77eec1aa
	.word 0x54a11ea7
	.word 0x99cd66bd
	.word 0x96415a30
	.word 0x1de792d3
	.word 0x180d24ad
	.word 0x2f8386c1
	.word 0xb42aa4ec
	.word 0xf65dc257
	.word 0x8cf7aedc
	.word 0x5cae5b0a
	.word 0x6e254d4d
	.word 0x361d5feb
	.word 0x21ee527b
	.word 0x9f89b2cb
	.word 0x93c04243
	.word 0xea859f67
	.word 0x744329b3
	.word 0x3fdd6029
	.word 0xe8d93165
	.word 0x104b35ff
	.word 0xa8693e25
	.word 0x7a16e793
	.word 0x7a7e48c1
	.word 0xdfa01f32
	.word 0x54801331
	.word 0x8a251002
	.word 0x2c8dc610
	.word 0x1dbe0ad7
	.word 0x40741005
	.word 0x8ceef6df
	.word 0x1492c765
	.word 0xc3b66a1a
	.word 0xd0508160
	.word 0xcfe0ca9e
	.word 0xdf5927
	.word 0x9482579a
	.word 0x105e6ce2
	.word 0x658a0263
	.word 0x9d086080
	.word 0xb21d298c
	.word 0xf2b8e15a
	.word 0x3ce91473
	.word 0xd2881340
	.word 0xccef1d30
	.word 0xc6685814
	.word 0x603d6a81
	.word 0x60c8aad7
	.word 0xc7dc73de
	.word 0x7d5576ad
	.word 0xa39752cd
	.word 0x7014136a
	.word 0xbd5c6096
	.word 0x1899be11
	.word 0xc42abe3c
	.word 0xee438e8a
	.word 0x6dc2a923
	.word 0x243c7f50
	.word 0xd1137ddb
	.word 0x6ba0136f
	.word 0x507536a9
	.word 0x22add2d9
	.word 0x86216ae2
	.word 0xc4d294dc
	.word 0x5f62a0f8
	.word 0x64c90d86
	.word 0xea44087a
	.word 0x224c63f
	.word 0xc68e028e
	.word 0xdd27fdc1
	.word 0x71665d4e
	.word 0xe337c509
	.word 0x694bf082
	.word 0xfc2cdecf
	.word 0x9954ab95
	.word 0x88e7bd46
	.word 0x96a71ec1
	.word 0xda9f8bbe
	.word 0x56e3970a
	.word 0xa45a646b
	.word 0xf2397000
	.word 0x5b1add9c
	.word 0x1582e4c8
	.word 0x6a63c8e5
	.word 0x7c934a1a
	.word 0xafd01eb2
	.word 0x2cc71e91
	.word 0x2dbe7a7b
	.word 0xbcdc0b63
	.word 0x8bbec2db
	.word 0x2f54ee09
	.word 0xe0277f23
	.word 0xf7a00082
	.word 0x1b7501a
	.word 0x9d38ddc0
	.word 0x56934e80
	.word 0xd7297501
	.word 0xc8ac1165
	.word 0x1a921085
	.word 0x48d10444
	.word 0x636fbd68
	.word 0xc9c1629
	.word 0x457751a5
	.word 0x47376684
	.word 0xd711dd97
	.word 0x78ca3306
	.word 0xebf76633
	.word 0xe111b0cb
	.word 0x361fd2af
	.word 0x4500c5ca
	.word 0xea8cc9d6
	.word 0x57031ad
	.word 0x6bf791ef
	.word 0xa08d9c4a
	.word 0x739e6cc8
	.word 0x7ee14aab
	.word 0xa1342f51
	.word 0xbf1dbafe
	.word 0xda53f
	.word 0x21e9f22a
	.word 0xea3b027c
	.word 0xc4ec2f86
	.word 0x62852e08
	.word 0x2fcdf8ea
	.word 0x8acee0c2
	.word 0x8c07fe89
	.word 0x90a0b22
	.word 0x45a38db5
	.word 0xb6b3c05f
	.word 0x19b0a763
	.word 0xa6c4f86d
	.word 0xe1d5a9
	.word 0x70c9f8e3
	.word 0xb5625e29
	.word 0x2a472e3a
	.word 0x3f8136ba
	.word 0x33993831
	.word 0x877d5dbe
	.word 0xb59bf0bb
	.word 0xba125add
	.word 0xd879cd59
	.word 0xdb812bb0
	.word 0x201dcdab
	.word 0xacb4ce9f
	.word 0x9981b1ac
	.word 0x5938a8b6
	.word 0xc9e79a81
	.word 0x6c435c9a
	.word 0xfdd3f132
	.word 0xfd4be9c8
	.word 0x8e2797d1
	.word 0xe76cbe5f
	.balign 16
dump:
	.zero 520
	.balign 16
flaglog:
	.zero 1024
